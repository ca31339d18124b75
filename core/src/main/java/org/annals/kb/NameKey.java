package org.annals.kb;

import org.annals.resources.TsvResource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Script- and spelling-neutral keys for names: transliteration of Latin and Cyrillic letters to ASCII
 * ({@code kb/transliteration.tsv}, accents dropped), then phonetic folding rules (ou→u, kh→h,
 * sch/sh/sz/š→s, y/j/i, doubled letters, final -o/-a ...) read from {@code kb/namekey-rules.tsv}, so
 * Лукашенко, Loukachenko, Lukaschenko and Łukaszenka share a key. Letters of other scripts are kept.
 */
public final class NameKey {

    private static final Map<Integer, String> LETTERS = loadLetters();
    private static final List<Rule> PHONETIC = loadRules();
    private static final Pattern ACRONYM = Pattern.compile("(\\p{Lu}\\.?){2,5}\\+?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Where a query is split into tokens (CuratedKnowledgeBase#tokenKeys): spaces, hyphens, "U.N" dots. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-‐]+|(?<=\\p{L})\\.(?=\\p{L})");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}&&[^.+]]+$");

    /** One folding rule; plain letter sequences are replaced without the regex engine (load-time cost). */
    private record Rule(Pattern pattern, String literal, String replacement) {
        String apply(String s) {
            if (literal != null) {
                return s.contains(literal) ? s.replace(literal, replacement) : s;
            }
            return pattern.matcher(s).replaceAll(replacement);
        }
    }

    private NameKey() {
    }

    /** The lower-case transliteration of a name, before phonetic folding (ASCII for Latin and Cyrillic). */
    public static String ascii(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        lower.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
                return;
            }
            String mapped = LETTERS.get(c);
            if (mapped != null) {
                out.append(mapped);
                return;
            }
            String letter = new String(Character.toChars(c));
            String bare = MARKS.matcher(Normalizer.normalize(letter, Normalizer.Form.NFD)).replaceAll("");
            boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            out.append(latin && !bare.isEmpty() ? bare : letter);
        });
        return out.toString();
    }

    /** The phonetic key of a whole name (tokens separated by single spaces). */
    public static String of(String name) {
        String word = bare(name.strip());
        if (ACRONYM.matcher(word).matches()) {
            // "UE" and "UEE" are different bodies: acronyms keep every letter, quoted or not ("«СММ»").
            return ascii(word.replace(".", ""));
        }
        String[] words = WORD_BREAK.split(name.strip());
        if (words.length > 1 && Arrays.stream(words).anyMatch(w -> ACRONYM.matcher(bare(w)).matches())) {
            // "ЧВК «Вагнер»", "СММ ОБСЕ": a query is keyed word by word, so a name with an acronym in it is too
            // (the whole-name rules would fold the acronym's letters: ЧВК → "svk", СММ → "sm").
            StringBuilder key = new StringBuilder();
            for (String w : words) {
                String part = of(w);
                if (!part.isEmpty()) {
                    key.append(key.length() == 0 ? "" : " ").append(part);
                }
            }
            return key.toString();
        }
        String key = ascii(name);
        for (Rule rule : PHONETIC) {
            key = rule.apply(key);
        }
        return key;
    }

    /** A word without the quotes or brackets around it ("«ОБСЕ»" → "ОБСЕ"). */
    private static String bare(String word) {
        return EDGE_PUNCTUATION.matcher(word).replaceAll("");
    }

    /** The keys of the tokens of a name, in order. */
    public static List<String> tokens(String name) {
        String key = of(name);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    private static Map<Integer, String> loadLetters() {
        Map<Integer, String> letters = new HashMap<>();
        for (String[] row : TsvResource.rows("kb/transliteration.tsv")) {
            letters.put(row[0].codePointAt(0), row.length > 1 ? row[1].strip() : "");
        }
        return Map.copyOf(letters);
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : TsvResource.rows("kb/namekey-rules.tsv")) {
            // Fields are not trimmed: a single space is a meaningful replacement here.
            String replacement = row.length > 1 ? row[1] : "";
            boolean literal = row[0].matches("[a-z]+") && replacement.matches("[a-z]*");
            rules.add(new Rule(Pattern.compile(row[0]), literal ? row[0] : null, replacement));
        }
        return List.copyOf(rules);
    }
}
