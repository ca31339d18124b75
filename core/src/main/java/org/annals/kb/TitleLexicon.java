package org.annals.kb;

import org.annals.resources.TsvResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Role nouns and modifiers per language ({@code kb/<lang>/titles.tsv}): "président" → president,
 * "dirigeant" → LEADER, "chef de l'État" → HOS, "ancien" → @former, "premier" → @first.
 */
final class TitleLexicon {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A phrase of the lexicon and what it designates: a role kind, a flag, or a modifier (@first, @former). */
    record Entry(String phrase, String target) {
        boolean isModifier() {
            return target.startsWith("@");
        }
    }

    private final Map<String, List<Entry>> byLanguage = new HashMap<>();
    private final Map<String, Set<String>> rolesByLanguage = new HashMap<>();

    TitleLexicon(List<String> languages) {
        for (String language : languages) {
            List<Entry> entries = new ArrayList<>();
            for (String[] row : TsvResource.rows("kb/" + language + "/titles.tsv")) {
                entries.add(new Entry(normalize(TsvResource.field(row, 0)), TsvResource.field(row, 1)));
            }
            // Longest phrase first: "premier ministre" must win over "premier".
            entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
            byLanguage.put(language, List.copyOf(entries));
            rolesByLanguage.put(language, entries.stream().filter(e -> !e.isModifier()).map(Entry::phrase)
                    .collect(Collectors.toUnmodifiableSet()));
        }
    }

    List<Entry> entries(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    /** Whether a phrase is, whole, a role noun of the language ("ministre des Affaires étrangères"). */
    boolean isRole(String phrase, String language) {
        return rolesByLanguage.getOrDefault(language, Set.of()).contains(normalize(phrase));
    }

    /** Lower case, typographic apostrophes and hyphens unified, elided articles split off. */
    static String normalize(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ё', 'е')
                .transform(t -> SPACES.matcher(t).replaceAll(" ")).strip();
    }
}
