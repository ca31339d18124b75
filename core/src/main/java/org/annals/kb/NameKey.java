package org.annals.kb;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Script- and spelling-neutral keys for names: ICU transliteration to ASCII, then phonetic folding
 * rules (ou→u, kh→h, sch/sh/sz/š→s, y/j/i, doubled letters, final -o/-a ...) read from
 * {@code kb/namekey-rules.tsv}, so Лукашенко, Loukachenko, Lukaschenko and Łukaszenka share a key.
 */
public final class NameKey {

    private static final String RULES = String.join("\n", TsvResource.lines("kb/transliteration.txt").stream()
            .filter(line -> !line.startsWith("#")).toList());

    /** ICU transliterators keep per-call state, so each thread gets its own instance. */
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("Annals-NameKey", RULES, Transliterator.FORWARD));

    private static final List<Rule> PHONETIC = loadRules();

    private record Rule(Pattern pattern, String replacement) {
    }

    private NameKey() {
    }

    /** The ASCII lower-case transliteration of a name, before phonetic folding. */
    public static String ascii(String name) {
        return TO_ASCII.get().transliterate(name);
    }

    /** The phonetic key of a whole name (tokens separated by single spaces). */
    public static String of(String name) {
        String key = ascii(name);
        for (Rule rule : PHONETIC) {
            key = rule.pattern.matcher(key).replaceAll(rule.replacement);
        }
        return key;
    }

    /** The keys of the tokens of a name, in order. */
    public static List<String> tokens(String name) {
        String key = of(name);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : TsvResource.rows("kb/namekey-rules.tsv")) {
            // Fields are not trimmed: a single space is a meaningful replacement here.
            rules.add(new Rule(Pattern.compile(row[0]), row.length > 1 ? row[1] : ""));
        }
        return List.copyOf(rules);
    }
}
