package org.annals.kb;

import org.annals.resources.TsvResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Role nouns and modifiers per language ({@code kb/<lang>/titles.tsv}): "président" → president,
 * "dirigeant" → LEADER, "chef de l'État" → HOS, "ancien" → @former, "premier" → @first.
 */
final class TitleLexicon {

    /** A phrase of the lexicon and what it designates: a role kind, a flag, or a modifier (@first, @former). */
    record Entry(String phrase, String target) {
        boolean isModifier() {
            return target.startsWith("@");
        }
    }

    private final Map<String, List<Entry>> byLanguage = new HashMap<>();

    TitleLexicon(List<String> languages) {
        for (String language : languages) {
            List<Entry> entries = new ArrayList<>();
            for (String[] row : TsvResource.rows("kb/" + language + "/titles.tsv")) {
                entries.add(new Entry(normalize(TsvResource.field(row, 0)), TsvResource.field(row, 1)));
            }
            // Longest phrase first: "premier ministre" must win over "premier".
            entries.sort(Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed());
            byLanguage.put(language, List.copyOf(entries));
        }
    }

    List<Entry> entries(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    /** Whether a phrase is, whole, a role noun of the language ("ministre des Affaires étrangères"). */
    boolean isRole(String phrase, String language) {
        String wanted = normalize(phrase);
        return entries(language).stream().anyMatch(e -> !e.isModifier() && e.phrase().equals(wanted));
    }

    /** Lower case, typographic apostrophes and hyphens unified, elided articles split off. */
    static String normalize(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ё', 'е')
                .replaceAll("\\s+", " ").strip();
    }
}
