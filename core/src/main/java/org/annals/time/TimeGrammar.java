package org.annals.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.resources.TsvResource;

/**
 * One language's time grammar, read from the classpath file {@code time/<lang>.tsv}: word lists
 * (months with their inflections, weekdays, relative days, shift words, units, numbers...) and rules,
 * which are regular expressions over folded text with {@code {macro}} slots filled from the word lists.
 *
 * <p>File format, tab-separated, {@code #} starts a comment line:
 * <pre>
 * month   1     janvier|janv.|janv
 * rel     -1    hier
 * rule    {day}\s+{month}(?:\s+{year})?
 * </pre>
 * The meaning of a match comes from which named slots it filled, so the resolver is shared by all languages.
 */
public final class TimeGrammar {

    /** Word-list categories a grammar file may define, each filling the macro of the same name. */
    static final List<String> WORD_CATEGORIES = List.of(
            "month", "weekday", "rel", "shift", "unit", "num", "ordinal", "ago", "in", "since", "until",
            "part", "ampm", "zone", "season", "daysuffix", "every", "capital", "holiday", "daypart", "after");

    private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)(2?)}");
    private static final String RIGHT_EDGE = "(?![\\p{L}\\p{N}])";

    /** A compiled rule: its pattern over folded text and the slot names it can fill. */
    record Rule(String source, Pattern pattern, Set<String> slots, int coreMask) {
    }

    /** Bit of a digit core in a core mask; word-list cores take the bits after it, in CORE_CATEGORIES order. */
    static final int DIGIT_CORE = 1;

    private final String language;
    private final Map<String, Map<String, String>> words;
    private final List<Rule> rules;
    private final Map<String, Integer> coreWords;
    private final Set<String> ruleWords;

    /** Categories of which every rule match holds at least one word (or else a digit). */
    private static final List<String> CORE_CATEGORIES = List.of("month", "weekday", "rel", "unit", "season", "holiday",
            "daypart");

    private TimeGrammar(String language, Map<String, Map<String, String>> words, List<Rule> rules,
            Map<String, Integer> coreWords, Set<String> ruleWords) {
        this.language = language;
        this.words = words;
        this.rules = rules;
        this.coreWords = coreWords;
        this.ruleWords = ruleWords;
    }

    /**
     * True when a (folded) word occurs somewhere in this grammar, in a word list or as a rule literal
     * ("le", "depuis", "the"): only such words can precede the core of a match.
     */
    boolean isRuleWord(String foldedWord) {
        return ruleWords.contains(foldedWord) || coreWords.containsKey(foldedWord);
    }

    /**
     * True when a (folded) word can anchor a time expression: a month, weekday, unit... name or a piece of
     * one. The tagger runs its rules only near such words and digits, which keeps plain prose cheap.
     */
    boolean isCoreWord(String foldedWord) {
        return coreWords.containsKey(foldedWord);
    }

    /** Which core categories a (folded) word belongs to, as bits (0 when it is no core word). */
    int coreMask(String foldedWord) {
        Integer mask = coreWords.get(foldedWord);
        return mask == null ? 0 : mask;
    }

    public String language() {
        return language;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The value a word list gives to a (folded) form, or null when the form is not in the list. */
    String valueOf(String category, String foldedForm) {
        Map<String, String> list = words.get(category);
        if (list == null || foldedForm == null) {
            return null;
        }
        return list.get(key(foldedForm));
    }

    /**
     * True when a match made of this one word counts only if capitalized in the text: English "May" the
     * month, not "may" the verb. Listed in the grammar file under {@code capital}.
     */
    boolean needsCapital(String foldedMatch) {
        return valueOf("capital", foldedMatch) != null;
    }

    /** Loads {@code time/<lang>.tsv} from the classpath; null when the language has no grammar. */
    public static TimeGrammar load(String language) {
        String resource = "time/" + language + ".tsv";
        List<String> lines = TsvResource.lines(resource);
        return lines.isEmpty() ? null : parse(language, lines);
    }

    static TimeGrammar parse(String language, List<String> lines) {
        Map<String, Map<String, String>> words = new HashMap<>();
        for (String category : WORD_CATEGORIES) {
            words.put(category, new LinkedHashMap<>());
        }
        Map<String, Map<String, String>> keyed = new HashMap<>();
        List<String> ruleSources = new ArrayList<>();
        List<String[]> corePhrases = new ArrayList<>();
        Set<String> ruleWords = new java.util.HashSet<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = raw.split("\t+");
            if (cols[0].equals("rule")) {
                ruleSources.add(raw.substring(raw.indexOf('\t')).strip());
                continue;
            }
            Map<String, String> list = words.get(cols[0]);
            if (list == null || cols.length < 3
                    || cols[0].equals("holiday") && !HolidayCalendar.isValid(cols[1].strip())) {
                throw new IllegalArgumentException("time/" + language + ".tsv line " + lineNo + ": " + raw);
            }
            for (String form : cols[2].split("\\|")) {
                String folded = normalizeSpace(TextFolding.fold(form.strip()));
                if (!folded.isEmpty()) {
                    list.putIfAbsent(folded, cols[1].strip());
                    keyed.computeIfAbsent(cols[0], c -> new HashMap<>()).putIfAbsent(key(folded), cols[1].strip());
                    if (CORE_CATEGORIES.contains(cols[0])) {
                        corePhrases.add(new String[] {cols[0], folded});
                    } else {
                        ruleWords.addAll(letterRuns(folded));
                    }
                }
            }
        }
        for (String source : ruleSources) {
            ruleWords.addAll(literalWords(source));
        }
        Map<String, Integer> coreWords = new HashMap<>();
        for (String[] phrase : corePhrases) {
            int bit = DIGIT_CORE << (1 + CORE_CATEGORIES.indexOf(phrase[0]));
            coreWords.merge(markingWord(phrase[1], ruleWords), bit, (a, b) -> a | b);
        }
        for (String[] phrase : corePhrases) {
            ruleWords.addAll(letterRuns(phrase[1]));
        }
        List<Rule> rules = new ArrayList<>();
        for (String source : ruleSources) {
            int literalCores = 0;
            for (String word : literalWords(source)) {
                literalCores |= coreWords.getOrDefault(word, 0);
            }
            rules.add(compile(source, words, language, literalCores));
        }
        return new TimeGrammar(language, keyed, List.copyOf(rules), Map.copyOf(coreWords), Set.copyOf(ruleWords));
    }

    /** The plain words a rule spells out ("le", "siècle"), outside its macros and escapes. */
    private static List<String> literalWords(String source) {
        return letterRuns(foldLiterals(source).replaceAll("\\\\p\\{[^}]*}", " ").replaceAll("\\\\.", " ")
                .replaceAll("\\{[a-z0-9]+}", " ").replaceAll("\\(\\?<?[=!]?", " "));
    }

    private static Rule compile(String source, Map<String, Map<String, String>> words, String language,
            int literalCores) {
        Set<String> slots = new TreeSet<>();
        Matcher m = MACRO.matcher(foldLiterals(source));
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String slot = slotName(name) + m.group(2);
            String body = macroBody(name, words);
            if (body == null) {
                throw new IllegalArgumentException("time/" + language + ".tsv: unknown macro {" + name + "}");
            }
            slots.add(slot);
            m.appendReplacement(regex, Matcher.quoteReplacement("(?<" + slot + ">" + body + ")"));
        }
        m.appendTail(regex);
        // no left-edge test: the tagger only tries rules at word starts
        Pattern pattern = Pattern.compile("(?:" + regex + ")" + RIGHT_EDGE);
        return new Rule(source, pattern, Set.copyOf(slots), coreMask(slots) | literalCores);
    }

    /**
     * The word that marks a form in text: the form itself, or the longest word of a phrase that is not also
     * a function word of the grammar ("yesterday" in "the day before yesterday", "veille" in "la veille").
     */
    private static String markingWord(String phrase, Set<String> functionWords) {
        String best = null;
        for (String run : letterRuns(phrase)) {
            boolean better = best == null
                    || functionWords.contains(best) && !functionWords.contains(run)
                    || functionWords.contains(best) == functionWords.contains(run) && run.length() > best.length();
            if (better) {
                best = run;
            }
        }
        return best == null ? phrase : best;
    }

    private static List<String> letterRuns(String folded) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < folded.length() && Character.isLetter(folded.charAt(j))) {
                j++;
            }
            runs.add(folded.substring(i, j));
            i = j;
        }
        return runs;
    }

    /** Rules run over folded text, so their literal words are folded too; escapes like \\S stay as written. */
    private static String foldLiterals(String regex) {
        StringBuilder sb = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(++i);
                sb.append(c).append(escaped);
                if ((escaped == 'p' || escaped == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    int close = regex.indexOf('}', i);
                    sb.append(regex, i + 1, close + 1); // \p{L} keeps its case
                    i = close;
                }
            } else {
                sb.append(TextFolding.foldChar(c));
            }
        }
        return sb.toString();
    }

    /** The kinds of core a rule can hold: digits if it has a numeric slot, and its core word lists. */
    private static int coreMask(Set<String> slots) {
        int mask = 0;
        for (String slot : slots) {
            String base = slot.endsWith("2") ? slot.substring(0, slot.length() - 1) : slot;
            switch (base) {
                case "d", "mn", "y", "yy", "h", "min", "dec", "n", "cent" -> mask |= DIGIT_CORE;
                case "m" -> mask |= DIGIT_CORE << (1 + CORE_CATEGORIES.indexOf("month"));
                case "wd" -> mask |= DIGIT_CORE << (1 + CORE_CATEGORIES.indexOf("weekday"));
                case "hol" -> mask |= DIGIT_CORE << (1 + CORE_CATEGORIES.indexOf("holiday"));
                case "dp" -> mask |= DIGIT_CORE << (1 + CORE_CATEGORIES.indexOf("daypart"));
                case "rel", "unit", "season" -> mask |= DIGIT_CORE << (1 + CORE_CATEGORIES.indexOf(base));
                default -> { }
            }
        }
        return mask;
    }

    /** Group names are short because Java allows them only letters and digits. */
    private static String slotName(String macro) {
        return switch (macro) {
            case "day", "dnum" -> "d";
            case "month" -> "m";
            case "mnum" -> "mn";
            case "year" -> "y";
            case "yy" -> "yy";
            case "weekday" -> "wd";
            case "num" -> "n";
            case "hour" -> "h";
            case "minute" -> "min";
            case "decade" -> "dec";
            case "century" -> "cent";
            case "daypart" -> "dp";
            case "ordinal" -> "ord";
            case "holiday" -> "hol";
            default -> macro;
        };
    }

    private static String macroBody(String name, Map<String, Map<String, String>> words) {
        return switch (name) {
            case "day" -> "(?:[12][0-9]|3[01]|0?[1-9])" + optional(alternation(words.get("daysuffix").keySet()))
                    + orAlternation(words.get("ordinal").keySet());
            case "dnum" -> "(?:[12][0-9]|3[01]|0?[1-9])";
            case "mnum" -> "(?:1[0-2]|0?[1-9])";
            case "year" -> "(?:1[0-9]|20|21)[0-9]{2}";
            case "yy" -> "'?[0-9]{2}";
            case "hour" -> "(?:[01]?[0-9]|2[0-4])";
            case "minute" -> "[0-5][0-9]";
            case "decade" -> "(?:1[0-9]|20)?[0-9]0";
            case "century" -> "(?:[0-9]{1,2}|[ivx]{1,5})";
            case "num" -> "[0-9]{1,3}(?:[.,][0-9]+)?" + orAlternation(words.get("num").keySet());
            default -> {
                Map<String, String> list = words.get(name);
                yield list == null || list.isEmpty() ? (list == null ? null : "(?!)") : alternation(list.keySet());
            }
        };
    }

    private static String optional(String alternation) {
        return alternation.isEmpty() ? "" : "(?:" + alternation + ")?";
    }

    /** "|form|form..." to append to another alternative, or nothing for an empty list. */
    private static String orAlternation(Set<String> forms) {
        String alt = alternation(forms);
        return alt.isEmpty() ? "" : "|" + alt;
    }

    /**
     * One regex for a word list, factored as a trie ("mar(?:ch|\\.)"): the engine compares each character
     * once instead of trying every form in turn, which matters for long lists such as holidays. A node that
     * ends a form makes its continuations optional and greedy, so the longest form wins. A lookahead on the
     * possible first characters lets most positions fail with one test.
     */
    static String alternation(Set<String> forms) {
        if (forms.isEmpty()) {
            return "";
        }
        StringBuilder firstChars = new StringBuilder();
        TrieNode root = new TrieNode();
        for (String form : forms) {
            char c = form.charAt(0);
            if (firstChars != null && Character.isLetterOrDigit(c)) {
                String escaped = String.format("\\x{%x}", (int) c);
                if (firstChars.indexOf(escaped) < 0) {
                    firstChars.append(escaped);
                }
            } else {
                firstChars = null;
            }
            TrieNode node = root;
            for (int i = 0; i < form.length(); i++) {
                node = node.children.computeIfAbsent(charRegex(form.charAt(i)), k -> new TrieNode());
            }
            node.endsForm = true;
        }
        String body = "(?:" + root.regex() + ")";
        return firstChars == null ? body : "(?=[" + firstChars + "])" + body;
    }

    /** A node of the form trie: continuations by the regex of their next character. */
    private static final class TrieNode {
        final Map<String, TrieNode> children = new java.util.TreeMap<>();
        boolean endsForm;

        String regex() {
            if (children.isEmpty()) {
                return "";
            }
            List<String> branches = new ArrayList<>(children.size());
            children.forEach((token, child) -> branches.add(token + child.regex()));
            String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return endsForm ? "(?:" + body + ")?" : body;
        }
    }

    /** A space matches any whitespace; an apostrophe or hyphen may be absent or a space. */
    private static String charRegex(char c) {
        return switch (c) {
            case ' ' -> "\\s+";
            case '\'' -> "['\\s]?";
            case '-' -> "[-\\s]?";
            default -> Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\x{" + Integer.toHexString(c) + "}";
        };
    }

    /** Lookup key of a form: what the regex lets vary (spaces, apostrophes, hyphens) is dropped. */
    static String key(String folded) {
        return folded.replaceAll("[\\s'\\-.]", "");
    }

    static String normalizeSpace(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
