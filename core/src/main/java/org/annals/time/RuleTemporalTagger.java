package org.annals.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.annals.model.TimeExpression;

/**
 * The rule-based temporal tagger: one engine, one data file per language ({@code time/<lang>.tsv}).
 * Grammars are compiled once per language and shared; the tagger is thread-safe.
 */
public final class RuleTemporalTagger implements TemporalTagger {

    private final Orientation orientation;
    private final Map<String, Optional<TimeGrammar>> grammars = new ConcurrentHashMap<>();

    /** A tagger for news: underspecified dates resolve to the occurrence nearest the publication date. */
    public RuleTemporalTagger() {
        this(Orientation.NEAREST);
    }

    public RuleTemporalTagger(Orientation orientation) {
        this.orientation = orientation;
    }

    /** True when a grammar exists for the language (ISO 639-1 code, e.g. "fr"). */
    public boolean supports(String language) {
        return grammar(language) != null;
    }

    @Override
    public List<TimeExpression> tag(String text, String language, LocalDate anchor) {
        return expressions(mentionsAt(text, language, anchor == null ? null : anchor.atStartOfDay()));
    }

    /** Tags against a date-time anchor (hours and minutes count for "in two hours"); the offset is ignored. */
    public List<TimeExpression> tagAt(String text, String language, OffsetDateTime anchor) {
        return expressions(mentionsAt(text, language, anchor == null ? null : anchor.toLocalDateTime()));
    }

    /** Like {@link #tag(String, String, LocalDate)} but keeps each expression's range modifier ("depuis"). */
    public List<TimeMention> mentions(String text, String language, LocalDate anchor) {
        return mentionsAt(text, language, anchor == null ? null : anchor.atStartOfDay());
    }

    /** The time mentions of {@code text}: longest match wins, no overlaps, in text order. */
    public List<TimeMention> mentionsAt(String text, String language, LocalDateTime anchor) {
        TimeGrammar grammar = grammar(language);
        if (grammar == null || text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = TextFolding.fold(text);
        int[] starts = startPositions(folded, grammar);
        List<Candidate> candidates = new ArrayList<>();
        for (TimeGrammar.Rule rule : grammar.rules()) {
            Matcher m = rule.pattern().matcher(folded);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int from : starts) {
                m.region(from, folded.length());
                if (m.lookingAt() && m.end() > m.start()) {
                    candidates.add(new Candidate(m.start(), m.end(), rule, slots(m, rule)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end).thenComparingInt(c -> c.start));
        TimeResolver resolver = new TimeResolver(grammar, anchor, orientation);
        boolean[] taken = new boolean[text.length()];
        List<TimeMention> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (overlapsTaken(taken, c.start, c.end)) {
                continue;
            }
            if (grammar.needsCapital(folded.substring(c.start, c.end))
                    && !Character.isUpperCase(text.charAt(c.start))) {
                continue;
            }
            TimeResolver.Resolution r = resolver.resolve(c.slots);
            if (r == null) {
                continue;
            }
            for (int i = c.start; i < c.end; i++) {
                taken[i] = true;
            }
            int end = trimEnd(text, c.start, c.end);
            out.add(new TimeMention(new TimeExpression(c.start, end, text.substring(c.start, end), r.value(),
                    r.type(), r.precision()), r.modifier()));
        }
        out.sort(Comparator.comparingInt(t -> t.expression().start()));
        return List.copyOf(out);
    }

    /** How many words a rule may put before its core word ("à partir du samedi 5 juin"). */
    private static final int WORDS_BEFORE_CORE = 5;

    /**
     * Where a match may start: word starts at most a few words before a digit or a core word (month,
     * weekday, unit... names). Every rule holds one of those, so rules are tried only there, which keeps
     * plain prose cheap: the cost follows the number of numbers and time words, not the text length.
     */
    private static int[] startPositions(String folded, TimeGrammar grammar) {
        int n = folded.length();
        int[] tokenStarts = new int[16];
        int tokens = 0;
        int[] starts = new int[16];
        int count = 0;
        int lastMarked = -1;
        int firstRuleToken = 0;
        int lastForeignToken = -1;
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter && !Character.isDigit(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (letter ? Character.isLetter(folded.charAt(j)) : Character.isDigit(folded.charAt(j)))) {
                j++;
            }
            if (tokens == tokenStarts.length) {
                tokenStarts = java.util.Arrays.copyOf(tokenStarts, tokens * 2);
            }
            String word = letter ? folded.substring(i, j) : null;
            if (letter && !grammar.isRuleWord(word)) {
                // words foreign to the grammar end what can precede a core word; one is let through for
                // slots that are not word lists ("XIXe" before "siècle")
                firstRuleToken = lastForeignToken + 1;
                lastForeignToken = tokens;
            }
            tokenStarts[tokens++] = i;
            if (!letter || grammar.isCoreWord(word)) {
                int from = Math.max(Math.max(lastMarked + 1, tokens - 1 - WORDS_BEFORE_CORE),
                        Math.min(firstRuleToken, tokens - 1));
                for (int k = from; k < tokens; k++) {
                    int s = tokenStarts[k];
                    boolean quoted = s > 0 && "'(".indexOf(folded.charAt(s - 1)) >= 0;
                    if (count + 2 > starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    }
                    if (quoted) {
                        starts[count++] = s - 1;
                    }
                    starts[count++] = s;
                }
                lastMarked = tokens - 1;
            }
            i = j;
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private record Candidate(int start, int end, TimeGrammar.Rule rule, Map<String, String> slots) {
    }

    private static Map<String, String> slots(Matcher m, TimeGrammar.Rule rule) {
        Map<String, String> slots = new HashMap<>(8);
        for (String slot : rule.slots()) {
            String v = m.group(slot);
            if (v != null) {
                slots.put(slot, v);
            }
        }
        return slots;
    }

    private static boolean overlapsTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** Rules may swallow trailing spaces or a comma; the reported span stops at the last word. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start + 1 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    private static List<TimeExpression> expressions(List<TimeMention> mentions) {
        List<TimeExpression> out = new ArrayList<>(mentions.size());
        for (TimeMention m : mentions) {
            out.add(m.expression());
        }
        return out;
    }

    private TimeGrammar grammar(String language) {
        if (language == null) {
            return null;
        }
        String code = language.toLowerCase(Locale.ROOT);
        int dash = code.indexOf('-');
        String base = dash > 0 ? code.substring(0, dash) : code;
        return grammars.computeIfAbsent(base, l -> Optional.ofNullable(TimeGrammar.load(l))).orElse(null);
    }
}
