package org.annals.kb;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.resources.TsvResource;

/**
 * The country of a place name, from a world gazetteer: GeoNames towns of 15,000 people or more
 * ({@code gazetteer/cities.tsv}), CLDR's first-order administrative regions ({@code gazetteer/admin1.tsv},
 * each weighing the mean population of its country's regions) and hand-written regions
 * ({@code gazetteer/regions.tsv}), whose answers stand over the generated tables'.
 *
 * <p>A name shared by places of several countries answers only when its most populous place outweighs
 * every other country's by {@link #DOMINANCE} times (Donetsk: Ukraine's 900,000 against a Russian town of
 * 50,000 gives UKR; Tripoli: Libya's 1.1 million against Lebanon's 230,000 gives nothing). A place weighs
 * its population when the name is its own name (or its ASCII or folded form), a third of it when the name
 * is one of its alternate names: the alternate names of the source carry noise ("Samara" is listed for
 * Iraq's Samarra) that should not make a great city's own name ambiguous. Names of fewer than
 * {@link #MIN_LETTERS} letters, names starting with a small letter, and the common words of
 * {@code gazetteer/common-words.tsv} never answer, nor the names of {@code gazetteer/blocked-names.tsv} (regions
 * of several countries such as Africa or Kashmir, things that are not places); past the first letter, case
 * does not matter.
 *
 * <p>Read from the classpath on the first question, once; immutable after that and thread-safe.
 */
public final class Gazetteer {

    /** How many times the best place must outweigh any other country's for a shared name to answer. */
    public static final int DOMINANCE = 10;
    /** Shortest name that answers, in letters: shorter names are codes and common words ("Aba", "Bar"). */
    public static final int MIN_LETTERS = 4;
    /** Weight of a place under one of its alternate names, against the places whose own name it is. */
    static final int ALTERNATE_NAME_DIVISOR = 3;

    private static final String AMBIGUOUS = "";
    /** The feature of the hand-written rows, whose answers stand over the generated tables'. */
    private static final String CURATED_FEATURE = "region";
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼʻ‘`]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Gazetteer STANDARD = new Gazetteer(
            List.of("gazetteer/cities.tsv", "gazetteer/regions.tsv", "gazetteer/admin1.tsv"),
            "gazetteer/common-words.tsv", "gazetteer/blocked-names.tsv");

    /**
     * Counts of what a loaded gazetteer holds: rows read (places and regions), distinct names, names that
     * places of several countries share, the shared names that do not answer (no place dominates), and the
     * names blocked by hand (regions of several countries, things that are not places).
     */
    public record Counts(int places, int names, int shared, int ambiguous, int blocked) {
    }

    /** What the tables say once read: the answer for each name ("" = ambiguous) and each language's common words. */
    private record Tables(Map<String, String> countryByName, Map<String, List<String>> rivalsByName,
                          Map<String, Set<String>> commonWords, Counts counts) {
    }

    private final List<String> placeResources;
    private final String commonWordResource;
    private final String blockedNameResource;
    private volatile Tables tables;

    private Gazetteer(List<String> placeResources, String commonWordResource, String blockedNameResource) {
        this.placeResources = List.copyOf(placeResources);
        this.commonWordResource = commonWordResource;
        this.blockedNameResource = blockedNameResource;
    }

    /** The gazetteer shipped on the classpath; its tables are read on the first question (about a second). */
    public static Gazetteer standard() {
        return STANDARD;
    }

    /**
     * A gazetteer from classpath place tables (format of {@code gazetteer/cities.tsv}), a common-word list
     * (format of {@code gazetteer/common-words.tsv}) and a blocked-name list (format of
     * {@code gazetteer/blocked-names.tsv}), read on the first question.
     */
    public static Gazetteer of(List<String> placeResources, String commonWordResource, String blockedNameResource) {
        return new Gazetteer(placeResources, commonWordResource, blockedNameResource);
    }

    private Tables tables() {
        Tables loaded = tables;
        if (loaded == null) {
            synchronized (this) {
                loaded = tables;
                if (loaded == null) {
                    loaded = load(placeResources, commonWordResource, blockedNameResource);
                    tables = loaded;
                }
            }
        }
        return loaded;
    }

    private static Tables load(List<String> placeResources, String commonWordResource, String blockedNameResource) {
        Map<String, Tally> places = new HashMap<>(1 << 19);
        // Hand-written regions say what news means by a name ("Gaza" is Palestine's, whatever Mozambique's
        // province weighs), so their answers stand over the generated tables'.
        Map<String, Tally> curated = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        int rows = 0;
        for (String resource : placeResources) {
            for (String line : TsvResource.lines(resource)) {
                String[] row = line.split("\t", -1);
                if (line.startsWith("#") || row.length < 5 || row[2].isBlank()) {
                    continue;
                }
                rows++;
                String country = countries.computeIfAbsent(row[2].strip(), c -> c);
                Map<String, Tally> tallies = CURATED_FEATURE.equals(row[4].strip()) ? curated : places;
                long population = parsePopulation(row[3].strip());
                // The table lists each form once per place: own forms in columns 1-2, alternates in column 6.
                tally(tallies, row[0], country, population);
                for (String name : split(row[1])) {
                    tally(tallies, name, country, population);
                }
                if (row.length > 5) {
                    for (String name : split(row[5])) {
                        tally(tallies, name, country, Math.max(1, population / ALTERNATE_NAME_DIVISOR));
                    }
                }
            }
        }
        places.keySet().removeAll(curated.keySet());
        Map<String, String> answers = new HashMap<>((places.size() + curated.size()) * 4 / 3 + 1);
        Map<String, List<String>> rivals = new HashMap<>();
        int ambiguous = 0;
        int shared = 0;
        for (Map<String, Tally> tallies : List.of(places, curated)) {
            for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                String answer = e.getValue().answer();
                if (e.getValue().isShared()) {
                    shared++;
                }
                if (answer.isEmpty()) {
                    ambiguous++;
                    rivals.put(e.getKey(), e.getValue().rivals());
                }
                answers.put(e.getKey(), answer);
            }
        }
        int blocked = 0;
        for (String[] row : TsvResource.rows(blockedNameResource)) {
            for (String name : split(TsvResource.field(row, 1))) {
                for (String form : new HashSet<>(List.of(name.strip(), fold(name.strip())))) {
                    rivals.remove(key(form)); // a blocked name is no place, whatever the context
                    if (!form.isEmpty() && !AMBIGUOUS.equals(answers.put(key(form), AMBIGUOUS))) {
                        blocked++;
                    }
                }
            }
        }
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : TsvResource.rows(commonWordResource)) {
            words.computeIfAbsent(TsvResource.field(row, 0), k -> new HashSet<>())
                    .add(TsvResource.field(row, 1).toLowerCase(Locale.ROOT));
        }
        return new Tables(answers, rivals, Map.copyOf(words),
                new Counts(rows, answers.size(), shared, ambiguous, blocked));
    }

    /**
     * The ISO alpha-3 country of a place name as written in a text of language {@code lang} ("Samarra" →
     * IRQ, "Кременчуге" → UKR); empty when the name is unknown, ambiguous, too short, a common word of the
     * language, or starts with a small letter.
     */
    public Optional<String> countryOf(String placeName, String lang) {
        String name = placeName(placeName, lang);
        if (name == null) {
            return Optional.empty();
        }
        Map<String, String> countryByName = tables().countryByName();
        String answer = countryByName.get(key(name));
        if (answer == null) {
            String folded = fold(name);
            answer = folded.equals(name) ? null : countryByName.get(key(folded));
        }
        if (answer == null && lang != null) {
            answer = uninflected(countryByName, name, lang, commonWords(lang));
        }
        return answer == null || answer.isEmpty() ? Optional.empty() : Optional.of(answer);
    }

    /**
     * The countries a place name may be in: its country when {@link #countryOf} answers, else, for a name two
     * countries' places share with neither dominating ("Barcelona": Spain, Venezuela), those two countries, the
     * more populous first, for the caller to choose by context; empty otherwise (unknown, blocked, common word).
     */
    public List<String> candidatesOf(String placeName, String lang) {
        Optional<String> sure = countryOf(placeName, lang);
        String name = placeName(placeName, lang);
        if (sure.isPresent() || name == null) {
            return sure.map(List::of).orElse(List.of());
        }
        Map<String, List<String>> rivals = tables().rivalsByName();
        return rivals.getOrDefault(key(name), rivals.getOrDefault(key(fold(name)), List.of()));
    }

    /**
     * A name with its spaces unified, or null when it cannot be a place name: too short, starting with a small
     * letter, or a common word of the language.
     */
    private String placeName(String placeName, String lang) {
        if (placeName == null) {
            return null;
        }
        String name = SPACES.matcher(placeName.strip()).replaceAll(" ");
        if (name.codePoints().filter(Character::isLetter).count() < MIN_LETTERS
                || Character.isLowerCase(name.codePointAt(0))) {
            return null;
        }
        Set<String> stop = commonWords(lang);
        return stop != null && stop.contains(name.toLowerCase(Locale.ROOT)) ? null : name;
    }

    private Set<String> commonWords(String lang) {
        return lang == null ? null : tables().commonWords().get(lang);
    }

    /** What was loaded: rows, distinct names, shared names, the shared names that do not answer, blocked names. */
    public Counts counts() {
        return tables().counts();
    }

    /** The answer for a declined name ("в Кременчуге", "из Киркука"), through the language's case endings. */
    private static String uninflected(Map<String, String> countryByName, String name, String lang, Set<String> stop) {
        WordForms rules = Inflections.of(lang);
        if (rules.isEmpty() || name.indexOf(' ') >= 0) {
            return null;
        }
        for (String base : rules.undo(name)) {
            if (base.length() < MIN_LETTERS || (stop != null && stop.contains(base))) {
                continue;
            }
            String answer = countryByName.get(key(base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1)));
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /**
     * A Latin name without diacritics and apostrophes ("Sāmarrā’" → "Samarra", "Goražde" → "Gorazde"); other
     * scripts unchanged. tools/gazetteer/BuildGazetteer.java folds the same way when it writes the table.
     */
    static String fold(String name) {
        boolean latin = name.codePoints().allMatch(c -> c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)
                || Character.getType(c) == Character.NON_SPACING_MARK || c == '’' || c == 'ʼ' || c == 'ʻ' || c == '‘');
        if (!latin) {
            return name;
        }
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return APOSTROPHES.matcher(bare).replaceAll("").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("Æ", "Ae").replace("Œ", "Oe").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").strip();
    }

    private static void tally(Map<String, Tally> tallies, String name, String country, long population) {
        String key = key(name.strip());
        if (!key.isEmpty()) {
            tallies.computeIfAbsent(key, k -> new Tally()).add(country, population);
        }
    }

    /**
     * The lookup key of a name: its first letter as written, the rest in small letters. Only the first letter's
     * case tells a name from a word; "Jaffna peninsula" and "SAMARRA" (a headline) are still the places.
     */
    private static String key(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = Character.charCount(name.codePointAt(0));
        return name.substring(0, first) + name.substring(first).toLowerCase(Locale.ROOT);
    }

    private static String[] split(String names) {
        return names.isEmpty() ? new String[0] : names.split("\\|");
    }

    private static long parsePopulation(String field) {
        try {
            return field.isEmpty() ? 0 : Long.parseLong(field);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The case-ending rules of the KB ({@code kb/<lang>/inflection.tsv}), one table per language, loaded once. */
    private static final class Inflections {
        private static final Map<String, WordForms> BY_LANGUAGE = new java.util.concurrent.ConcurrentHashMap<>();

        static WordForms of(String lang) {
            return BY_LANGUAGE.computeIfAbsent(lang, l -> WordForms.load("kb/" + l + "/inflection.tsv"));
        }
    }

    /**
     * The best place of a name so far and the best of the other countries: enough to apply the dominance rule,
     * since the best place's population is never below the best other country's.
     */
    private static final class Tally {
        private String top;
        private long topPopulation = -1;
        private String other;
        private long otherPopulation;

        void add(String country, long population) {
            if (country.equals(top)) {
                topPopulation = Math.max(topPopulation, population);
            } else if (population > topPopulation) {
                if (top != null && topPopulation > otherPopulation) {
                    other = top;
                    otherPopulation = topPopulation;
                }
                top = country;
                topPopulation = population;
            } else if (population > otherPopulation || country.equals(other)) {
                other = country;
                otherPopulation = Math.max(otherPopulation, population);
            }
        }

        /** The leading country and its strongest rival, for a name that is ambiguous. */
        List<String> rivals() {
            return other == null ? List.of(top) : List.of(top, other);
        }

        boolean isShared() {
            return otherPopulation > 0;
        }

        String answer() {
            return otherPopulation == 0 || topPopulation >= DOMINANCE * otherPopulation ? top : AMBIGUOUS;
        }
    }
}
