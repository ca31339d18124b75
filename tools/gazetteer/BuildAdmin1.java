import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives core/src/main/resources/gazetteer/admin1.tsv, the first-order administrative regions of every
 * country, from Unicode CLDR: English subdivision names (npm package cldr-subdivisions-full,
 * subdivisions/en/en.json), the subdivision tree and the territories' populations (npm package cldr-core,
 * supplemental/subdivisionContainment.json and supplemental/territoryInfo.json).
 *
 * <pre>java tools/gazetteer/BuildAdmin1.java EN_JSON CONTAINMENT_JSON TERRITORY_INFO_JSON OUT.tsv [DICT_DIR]</pre>
 *
 * CLDR gives no population per region: each region gets the mean of its country (the country's population
 * divided by its number of first-order regions), a rough weight for Gazetteer's dominance rule that
 * keeps Slovenia's 212 municipalities light and the states of the United States heavy.
 *
 * The first-order regions are those a country contains directly. Names marked deprecated ("†") are
 * skipped, and so are names that are a lower-case word of English (DICT_DIR/american-english, default
 * /usr/share/dict, Debian's wamerican): "Oriental", "Unity", "Plateau", "Northern" are regions too. The
 * names are English, and the other languages' word lists hold many place names in lower case
 * ("california", "córdoba"), so they are not used here. Each name also gets its folded form (no diacritics) and, for "Tashkent Province" or "Magallanes
 * Region", the name without its generic word. Both inputs are flat JSON read with patterns, which is all
 * their shape needs.
 */
public final class BuildAdmin1 {

    static final Pattern NAME = Pattern.compile("\"([a-z]{2}[a-z0-9]{1,4})\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern COUNTRY = Pattern.compile("\"([A-Z]{2})\"\\s*:\\s*\\{\\s*\"_contains\"\\s*:\\s*\\[([^\\]]*)\\]");
    static final Pattern POPULATION = Pattern.compile("\"([A-Z]{2})\"\\s*:\\s*\\{[^{}]*?\"_population\"\\s*:\\s*\"(\\d+)\"");
    static final Pattern GENERIC = Pattern.compile(" (Province|Region|Governorate|State|Oblast|Krai|District|County|Prefecture|Department|Division|Municipality|Parish)$");
    static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: java BuildAdmin1.java EN_JSON CONTAINMENT_JSON TERRITORY_INFO_JSON OUT.tsv [DICT_DIR]");
            System.exit(2);
        }
        Set<String> words = dictionaryWords(Path.of(args.length > 4 ? args[4] : "/usr/share/dict"));
        Map<String, Long> populations = new HashMap<>();
        Matcher p = POPULATION.matcher(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
        while (p.find()) {
            populations.put(p.group(1), Long.parseLong(p.group(2)));
        }
        int common = 0;
        Map<String, String> names = new HashMap<>();
        Matcher m = NAME.matcher(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        while (m.find()) {
            names.put(m.group(1), m.group(2).strip());
        }
        List<String[]> rows = new ArrayList<>();
        Matcher c = COUNTRY.matcher(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
        while (c.find()) {
            String alpha3 = alpha3(c.group(1));
            if (alpha3 == null) {
                continue;
            }
            String[] codes = c.group(2).split(",");
            long mean = populations.getOrDefault(c.group(1), 0L) / codes.length;
            for (String code : codes) {
                String name = names.get(code.replace("\"", "").strip());
                if (name == null || name.contains("†")) {
                    continue;
                }
                if (words.contains(name.toLowerCase(Locale.ROOT))) {
                    common++;
                    continue;
                }
                Set<String> own = new LinkedHashSet<>();
                own.add(fold(name));
                String bare = GENERIC.matcher(name).replaceAll("");
                own.add(bare);
                own.add(fold(bare));
                own.remove(name);
                own.removeIf(n -> n.codePoints().filter(Character::isLetter).count() < 4);
                rows.add(new String[] {name, String.join("|", own), alpha3, Long.toString(mean), "admin1", ""});
            }
        }
        rows.sort((a, b) -> a[2].equals(b[2]) ? a[0].compareTo(b[0]) : a[2].compareTo(b[2]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
            out.println("# First-order administrative regions (states, provinces, governorates, oblasts) of every country.");
            out.println("# Source: Unicode CLDR subdivision names (English), containment and territory populations,");
            out.println("# Copyright © 2004-2026 Unicode, Inc.,");
            out.println("# under the Unicode License v3 (https://www.unicode.org/license.txt). Derived by");
            out.println("# tools/gazetteer/BuildAdmin1.java: first-order regions only, folded forms and names without");
            out.println("# their generic word added. Population: the mean of the country's first-order regions (CLDR has");
            out.println("# none per region), a rough weight against towns of the same name.");
            out.println("# Same columns as cities.tsv: name <TAB> other own forms (|) <TAB> country alpha-3 <TAB> population"
                    + " (estimated) <TAB> feature <TAB> alternate names");
            for (String[] r : rows) {
                out.println(String.join("\t", r));
            }
        }
        System.err.printf("%d first-order regions, %d dropped as common words%n", rows.size(), common);
    }

    /** The name without diacritics and apostrophes, as Gazetteer folds a name it does not find. */
    static String fold(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return bare.replaceAll("['’ʼʻ‘`]", "").replace("ı", "i").replace("ł", "l").replace("đ", "d").strip();
    }

    /** Lower-case entries of the English word list. */
    static Set<String> dictionaryWords(Path dir) throws IOException {
        Set<String> words = new java.util.HashSet<>();
        for (String list : List.of("american-english")) {
            Path file = dir.resolve(list);
            if (!Files.exists(file)) {
                System.err.println("no word list " + file + ": region names are not checked against it");
                continue;
            }
            for (String w : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** ISO alpha-3 of an alpha-2 code; Kosovo has a user-assigned code only. */
    static String alpha3(String alpha2) {
        if (alpha2.equals("XK")) {
            return "XKX";
        }
        try {
            String a3 = new Locale("", alpha2).getISO3Country();
            return a3.isEmpty() ? null : a3;
        } catch (java.util.MissingResourceException e) {
            System.err.println("no alpha-3 for " + alpha2);
            return null;
        }
    }
}
