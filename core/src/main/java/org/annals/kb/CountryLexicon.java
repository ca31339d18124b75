package org.annals.kb;

import org.annals.resources.TsvResource;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;

/**
 * The countries of the world and the words that name them: CLDR names in every ICU locale (computed at
 * load time from ICU, not stored; the less common locales on a background thread), plus our adjectives
 * and demonyms per language ({@code kb/<lang>/countries.tsv}, expanded by {@code kb/<lang>/word-forms.tsv}).
 */
final class CountryLexicon {

    /** Apostrophes, hyphens and spaces, which country words write in several ways ("Guinée-Bissau", "Côte d’Ivoire"). */
    private static final Pattern SEPARATORS = Pattern.compile("[’'\\-‐\\s]+");

    /** Status of the rows of dissolved states (USSR, Yugoslavia...), whose names are ours, not CLDR's. */
    static final String FORMER = "former";

    /** Languages whose adjective files are read. */
    static final List<String> ADJECTIVE_LANGUAGES = List.of("en", "fr", "de", "es", "it", "ru", "uk");

    /** One country: codes, status and its names by language (CLDR; ours for a dissolved state). */
    record Country(String alpha2, String alpha3, String status, String englishName, Map<String, String> names,
            List<String> otherNames) {
    }

    private final Map<String, Country> byAlpha3 = new LinkedHashMap<>();
    private final Map<String, String> anyLanguage = new HashMap<>();
    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    /**
     * Languages whose CLDR names are read synchronously (the languages Annals has lexicons for); every
     * other CLDR locale is read in the background, see {@link #allLocales}.
     */
    static final List<String> EAGER_LOCALES = List.of("en", "fr", "de", "es", "it", "ru", "uk", "pl");

    /** Country names in every other CLDR locale, computed off the loading thread (about a second of work). */
    private final CompletableFuture<Map<String, String>> allLocales = new CompletableFuture<>();
    private final List<String[]> rows;

    /** Dissolved states by code ({@code former} rows: names from our data only, never from CLDR). */
    private final Map<String, FormerState> formerStates = new LinkedHashMap<>();

    CountryLexicon() {
        List<String[]> all = TsvResource.rows("kb/countries.tsv");
        // CLDR aliases the codes of dissolved states to today's (SU -> RU, DD -> DE): ICU must not name them.
        List<String[]> rows = all.stream().filter(row -> !isFormer(row)).toList();
        for (String language : EAGER_LOCALES) {
            LocaleDisplayNames display = LocaleDisplayNames.getInstance(new ULocale(language));
            Map<String, String> words = byLanguage.computeIfAbsent(language, k -> new HashMap<>());
            for (String[] row : rows) {
                String alpha2 = TsvResource.field(row, 0);
                String name = display.regionDisplayName(alpha2);
                if (name != null && !name.equals(alpha2)) {
                    String alpha3 = alpha3(alpha2);
                    words.putIfAbsent(normalize(name), alpha3);
                    anyLanguage.putIfAbsent(normalize(name), alpha3);
                    if (language.equals("en")) {
                        byAlpha3.put(alpha3, new Country(alpha2, alpha3, TsvResource.field(row, 1), name,
                                new LinkedHashMap<>(), otherNames(row, alpha3)));
                    }
                    Country country = byAlpha3.get(alpha3);
                    if (country != null) {
                        country.names().putIfAbsent(language, name);
                    }
                }
            }
        }
        this.rows = rows;
        for (String[] row : all) {
            if (isFormer(row)) {
                addFormerState(row);
            }
        }
        for (String language : ADJECTIVE_LANGUAGES) {
            WordForms forms = WordForms.load("kb/" + language + "/word-forms.tsv");
            Map<String, String> words = byLanguage.computeIfAbsent(language, k -> new HashMap<>());
            for (String[] row : TsvResource.rows("kb/" + language + "/countries.tsv")) {
                String alpha3 = TsvResource.field(row, 0);
                for (int f = 1; f < row.length; f++) {
                    for (String base : TsvResource.field(row, f).split("\\|")) {
                        if (base.isBlank()) {
                            continue;
                        }
                        for (String form : forms.expand(base.strip())) {
                            // Our own lexicon overrides CLDR collisions for its language.
                            words.put(normalize(form), alpha3);
                            anyLanguage.putIfAbsent(normalize(form), alpha3);
                        }
                    }
                }
            }
        }
    }

    /** Whether a row of {@code kb/countries.tsv} is a dissolved state. */
    static boolean isFormer(String[] row) {
        return TsvResource.field(row, 1).equals(FORMER);
    }

    /**
     * A dissolved state: {@code ISO-3166-3-code  former  names  alpha-3  start  end  successors  [PRED..until]}.
     * Its names in each language are the first one the names column gives in that language.
     */
    private void addFormerState(String[] row) {
        String alpha3 = TsvResource.field(row, 3);
        List<String> names = otherNames(row, alpha3);
        Map<String, String> byLang = new LinkedHashMap<>();
        for (NameEntry entry : nameEntries(TsvResource.field(row, 2))) {
            if (entry.language() != null) {
                byLang.putIfAbsent(entry.language(), entry.name());
            }
        }
        String english = byLang.getOrDefault("en", names.get(0));
        byAlpha3.put(alpha3, new Country(TsvResource.field(row, 0), alpha3, FORMER, english, byLang, names));
        String inherited = TsvResource.field(row, 7);
        String predecessor = null;
        LocalDate until = null;
        if (!inherited.isEmpty()) {
            String[] parts = inherited.split("\\.\\.");
            predecessor = parts[0].strip();
            until = LocalDate.parse(parts[1].strip());
        }
        List<String> successors = new ArrayList<>();
        for (String s : TsvResource.field(row, 6).split("\\|")) {
            if (!s.isBlank()) {
                successors.add(s.strip());
            }
        }
        formerStates.put(alpha3, new FormerState(alpha3, english, LocalDate.parse(TsvResource.field(row, 4)),
                LocalDate.parse(TsvResource.field(row, 5)), successors, predecessor, until));
    }

    /** The dissolved states, in file order. */
    Collection<FormerState> formerStates() {
        return Collections.unmodifiableCollection(formerStates.values());
    }

    /** The dissolved state with a code ("USR"). */
    Optional<FormerState> formerState(String alpha3) {
        return Optional.ofNullable(formerStates.get(alpha3));
    }

    /**
     * The state a country's words designate on a day: itself, or a state that kept its names after it
     * ceased ("Yugoslavia" in 1999 is the Federal Republic of Yugoslavia). A null date changes nothing.
     */
    String designatedOn(String alpha3, LocalDate date) {
        if (date == null || alpha3 == null) {
            return alpha3;
        }
        for (FormerState state : formerStates.values()) {
            if (alpha3.equals(state.namesOf()) && state.carriesNamesOn(date)) {
                return state.code();
            }
        }
        return alpha3;
    }

    /** Our extra names of a country (column 3), also registered as words naming it. */
    private List<String> otherNames(String[] row, String alpha3) {
        List<String> names = new ArrayList<>();
        for (NameEntry entry : nameEntries(TsvResource.field(row, 2))) {
            names.add(entry.name());
            anyLanguage.putIfAbsent(normalize(entry.name()), alpha3);
            if (entry.language() != null) {
                byLanguage.computeIfAbsent(entry.language(), k -> new HashMap<>())
                        .putIfAbsent(normalize(entry.name()), alpha3);
            }
        }
        return List.copyOf(names);
    }

    /** A name of a names column ("ru:Белоруссия"), with its language when the column gives one. */
    private record NameEntry(String language, String name) {
    }

    /** The non-empty names of a column written {@code lang:Name|lang:Name|Name}. */
    private static List<NameEntry> nameEntries(String column) {
        List<NameEntry> entries = new ArrayList<>();
        for (String entry : column.split("\\|")) {
            int colon = entry.indexOf(':');
            boolean tagged = colon > 0 && colon <= 3;
            String name = (tagged ? entry.substring(colon + 1) : entry).strip();
            if (!name.isEmpty()) {
                entries.add(new NameEntry(tagged ? entry.substring(0, colon) : null, name));
            }
        }
        return entries;
    }

    /** Whether a language's CLDR names are loaded eagerly (null, "unknown", is not). */
    static boolean isEager(String language) {
        return language != null && EAGER_LOCALES.contains(language);
    }

    /** Starts reading the other CLDR locales on a daemon thread (once the rest of the KB is loaded). */
    void loadOtherLocalesInBackground() {
        Thread thread = new Thread(() -> {
            try {
                allLocales.complete(otherLocales(rows));
            } catch (RuntimeException e) {
                allLocales.completeExceptionally(e);
            }
        }, "annals-kb-cldr");
        thread.setDaemon(true);
        thread.start();
    }

    private static Map<String, String> otherLocales(List<String[]> rows) {
        Map<String, String> names = new HashMap<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            // Regional variants almost never rename countries; the base languages carry the names.
            if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty()
                    || EAGER_LOCALES.contains(locale.getLanguage())) {
                continue;
            }
            LocaleDisplayNames display = LocaleDisplayNames.getInstance(locale);
            for (String[] row : rows) {
                String alpha2 = TsvResource.field(row, 0);
                String name = display.regionDisplayName(alpha2);
                if (name != null && !name.equals(alpha2)) {
                    names.putIfAbsent(normalize(name), alpha3(alpha2));
                }
            }
        }
        return Map.copyOf(names);
    }

    static String alpha3(String alpha2) {
        if (alpha2.equals("XK")) {
            return "XKX"; // Kosovo has user-assigned codes only; ICU says XKK, our data and most coders XKX
        }
        String alpha3 = new ULocale("", alpha2).getISO3Country();
        return alpha3.isEmpty() ? alpha2 : alpha3;
    }

    /** The country a name in any CLDR locale designates (waits for the background load the first time). */
    Optional<String> countryInAnyLocale(String name) {
        String key = normalize(name);
        String found = anyLanguage.get(key);
        return Optional.ofNullable(found != null ? found : allLocales.join().get(key));
    }

    /** Number of distinct country names known from all CLDR locales (waits for the background load). */
    int cldrNameCount() {
        return allLocales.join().size();
    }

    /** Adds a word naming a country (capitals, for metonymy) unless the word is taken. */
    void addWord(String word, String alpha3) {
        anyLanguage.putIfAbsent(normalize(word), alpha3);
    }

    Optional<Country> country(String alpha3) {
        return Optional.ofNullable(byAlpha3.get(alpha3));
    }

    Iterable<Country> countries() {
        return byAlpha3.values();
    }

    int size() {
        return byAlpha3.size();
    }

    /** The country a single word or phrase names or qualifies, in the text's language first. */
    Optional<String> countryOf(String word, String language) {
        String key = normalize(word);
        Map<String, String> own = language == null ? null : byLanguage.get(language);
        if (own != null && own.containsKey(key)) {
            return Optional.of(own.get(key));
        }
        String found = anyLanguage.get(key);
        if (found == null && !isEager(language)) {
            found = allLocales.join().get(key); // a language we do not load eagerly: ask all of CLDR
        }
        return Optional.ofNullable(found);
    }

    /** Every distinct name a country has in the given languages (CLDR). */
    Set<String> namesIn(Country country, List<String> languages) {
        Set<String> names = new LinkedHashSet<>();
        for (String language : languages) {
            String name = country.names().get(language);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Case-, apostrophe- and hyphen-insensitive form of a word used as map key. */
    static String normalize(String word) {
        return SEPARATORS.matcher(word.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ").strip();
    }
}
