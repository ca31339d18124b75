package org.annals.kb;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The countries of the world and the words that name them: CLDR names in every ICU locale (computed at
 * load time, not stored), plus our adjectives and demonyms per language ({@code kb/<lang>/countries.tsv},
 * expanded through {@code kb/<lang>/word-forms.tsv}).
 */
final class CountryLexicon {

    /** Languages whose adjective files are read. */
    static final List<String> ADJECTIVE_LANGUAGES = List.of("en", "fr", "de", "es", "it", "ru", "uk");

    /** One country: codes, status and its names by language (CLDR). */
    record Country(String alpha2, String alpha3, String status, String englishName, Map<String, String> names) {
    }

    private final Map<String, Country> byAlpha3 = new LinkedHashMap<>();
    private final Map<String, String> anyLanguage = new HashMap<>();
    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    CountryLexicon() {
        List<ULocale> locales = new ArrayList<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            // Regional variants almost never rename countries; the base languages carry the names.
            if (locale.getCountry().isEmpty() && locale.getVariant().isEmpty()) {
                locales.add(locale);
            }
        }
        List<LocaleDisplayNames> displays = new ArrayList<>();
        for (ULocale locale : locales) {
            displays.add(LocaleDisplayNames.getInstance(locale));
        }
        for (String[] row : TsvResource.rows("kb/countries.tsv")) {
            String alpha2 = TsvResource.field(row, 0);
            String alpha3 = new ULocale("", alpha2).getISO3Country();
            if (alpha3.isEmpty()) {
                alpha3 = alpha2.equals("XK") ? "XKX" : alpha2; // Kosovo has a user-assigned code only
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < locales.size(); i++) {
                String name = displays.get(i).regionDisplayName(alpha2);
                if (name != null && !name.equals(alpha2)) {
                    String language = locales.get(i).getLanguage();
                    names.putIfAbsent(locales.get(i).toLanguageTag(), name);
                    byLanguage.computeIfAbsent(language, k -> new HashMap<>())
                            .putIfAbsent(normalize(name), alpha3);
                    anyLanguage.putIfAbsent(normalize(name), alpha3);
                }
            }
            String english = names.getOrDefault("en", alpha2);
            byAlpha3.put(alpha3, new Country(alpha2, alpha3, TsvResource.field(row, 1), english, names));
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
        return Optional.ofNullable(anyLanguage.get(key));
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
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[’'\\-‐\\s]+", " ").strip();
    }
}
