import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives core/src/main/resources/gazetteer/cities.tsv from a GeoNames cities dump (cities500.txt,
 * cities1000.txt or cities15000.txt: the 19-column "geoname" table format).
 *
 * <pre>java tools/gazetteer/BuildGazetteer.java CITIES.txt OUT.tsv [DICT_DIR]</pre>
 *
 * Keeps populated places of at least 15,000 inhabitants. GeoNames' cities tables list alternate names
 * without their language, so alternate names are kept by script and alphabet: Latin names written with
 * the letters of English, French, German, Spanish and Italian, Cyrillic names with Russian and Ukrainian
 * letters, Arabic names with the letters of Arabic (not Persian or Urdu). Codes (all capitals), names
 * shorter than 4 letters, names starting with a small letter (romanizations such as "xi wa si") and
 * names that are a lower-case word of a dictionary (DICT_DIR, default /usr/share/dict: Debian's
 * wamerican, wfrench, wngerman, wspanish, witalian, wukrainian) are dropped. Each Latin name also gets
 * its folded form (no diacritics, no apostrophes: "Sāmarrā’" gives "Samarra"), the form Gazetteer
 * looks up when the name as written is not found; the folded forms of the place's own name go with its
 * ASCII name in the second column, since a place weighs more under its own name than under an alternate.
 */
public final class BuildGazetteer {

    static final long MIN_POPULATION = 15_000;
    /** A name of the Latin alphabet of en, fr, de, es, it, starting with a capital. */
    static final Pattern LATIN = Pattern.compile("[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚÌÒ][A-Za-zÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚÌÒàâäçéèêëîïôöùûüÿœæñáíóúìòß' .’-]*");
    static final Pattern CYRILLIC = Pattern.compile("[А-ЯЁІЇЄҐ][А-Яа-яЁёІіЇїЄєҐґ' .’ʼ-]*");
    /** Russian-only and Ukrainian-only letters together: Belarusian or Bulgarian, not a language we read. */
    static final Pattern MIXED_CYRILLIC = Pattern.compile("(?=.*[ыэъёЫЭЪЁ])(?=.*[іїєґІЇЄҐ]).*");
    static final Pattern ARABIC = Pattern.compile("[\\u0621-\\u064A][\\u0621-\\u064A\\u064B-\\u0652 -]*");
    static final Pattern APOSTROPHES = Pattern.compile("['’ʼʻ‘`]");
    static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java BuildGazetteer.java CITIES.txt OUT.tsv [DICT_DIR]");
            System.exit(2);
        }
        Path dictDir = Path.of(args.length > 2 ? args[2] : "/usr/share/dict");
        Set<String> words = dictionaryWords(dictDir);
        List<String[]> rows = new ArrayList<>();
        int alternates = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !"P".equals(f[6]) || f[7].equals("PPLH") || f[7].equals("PPLQ")
                        || f[7].equals("PPLW")) {
                    continue; // historical, abandoned and destroyed places are not where news happens
                }
                long population = Long.parseLong(f[14].isEmpty() ? "0" : f[14]);
                if (population < MIN_POPULATION) {
                    continue;
                }
                String alpha3 = alpha3(f[8]);
                if (alpha3 == null) {
                    continue;
                }
                String name = f[1].strip();
                String ascii = f[2].strip();
                Set<String> names = new LinkedHashSet<>();
                for (String alt : f[3].split(",")) {
                    String a = alt.strip();
                    if (keep(a, words)) {
                        names.add(a);
                    }
                }
                Set<String> own = new LinkedHashSet<>(List.of(name, ascii));
                for (String n : List.of(name, ascii)) {
                    own.add(fold(n));
                }
                own.remove(name);
                own.removeIf(n -> n.codePointCount(0, n.length()) < 4 && !n.equals(ascii));
                for (String a : List.copyOf(names)) {
                    String folded = fold(a);
                    if (LATIN.matcher(a).matches() && !folded.equals(a) && !words.contains(folded.toLowerCase(Locale.ROOT))) {
                        names.add(folded);
                    }
                }
                names.remove(name);
                names.removeAll(own);
                alternates += names.size();
                String feature = f[7].equals("PPLC") ? "capital" : "city";
                rows.add(new String[] {name, String.join("|", own), alpha3, Long.toString(population),
                        feature, String.join("|", names)});
            }
        }
        rows.sort(Comparator.comparing((String[] r) -> r[2]).thenComparing(r -> -Long.parseLong(r[3]))
                .thenComparing(r -> r[0]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# Populated places of at least 15,000 inhabitants. Source: GeoNames (https://www.geonames.org/),");
            out.println("# cities500 table, licensed under Creative Commons Attribution 4.0 (CC BY 4.0,");
            out.println("# https://creativecommons.org/licenses/by/4.0/). Derived by tools/gazetteer/BuildGazetteer.java:");
            out.println("# rows filtered by population, countries mapped to ISO 3166 alpha-3, alternate names kept in the");
            out.println("# Latin, Cyrillic and Arabic alphabets of the languages Annals reads, plus folded forms.");
            out.println("# name <TAB> other forms of the name: ASCII, folded (|) <TAB> country alpha-3 <TAB> population"
                    + " <TAB> feature (city|capital) <TAB> alternate names (|)");
            for (String[] r : rows) {
                out.println(String.join("\t", r));
            }
        }
        System.err.printf("%d places, %d alternate names, %d dictionary words%n", rows.size(), alternates, words.size());
    }

    /** An alternate name worth keeping: a name in one of our alphabets, not a code, not a common word. */
    static boolean keep(String name, Set<String> words) {
        if (name.isEmpty() || name.contains(",") || name.contains("  ")) {
            return false;
        }
        long letters = name.codePoints().filter(Character::isLetter).count();
        if (letters < 4 || name.equals(name.toUpperCase(Locale.ROOT))
                && !ARABIC.matcher(name).matches()) {
            return false;
        }
        if (!LATIN.matcher(name).matches() && !CYRILLIC.matcher(name).matches() && !ARABIC.matcher(name).matches()) {
            return false;
        }
        if (MIXED_CYRILLIC.matcher(name).matches()) {
            return false;
        }
        return !words.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The name without diacritics and apostrophes, for Latin names; other names unchanged. */
    static String fold(String name) {
        if (!name.codePoints().allMatch(c -> c < 0x250 || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '’' || c == 'ʼ' || c == 'ʻ' || c == '‘' || (c >= 0x1E00 && c <= 0x1EFF))) {
            return name;
        }
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return APOSTROPHES.matcher(bare).replaceAll("").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("Æ", "Ae").replace("Œ", "Oe").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").strip();
    }

    /** Lower-case entries of the word lists: words a name may collide with ("police", "nice"). */
    static Set<String> dictionaryWords(Path dir) throws IOException {
        Set<String> words = new HashSet<>();
        for (String list : List.of("american-english", "french", "ngerman", "spanish", "italian", "ukrainian")) {
            Path file = dir.resolve(list);
            if (!Files.exists(file)) {
                System.err.println("no word list " + file + ": alternate names are not checked against it");
                continue;
            }
            for (String w : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !w.contains("'")) {
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
