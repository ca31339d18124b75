package org.annals.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
    @Override
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
        StartPositions starts = startPositions(folded, grammar);
        List<Candidate> candidates = new ArrayList<>();
        for (TimeGrammar.Rule rule : grammar.rules()) {
            Matcher m = null;
            for (int k = 0; k < starts.offsets().length; k++) {
                if ((starts.coreMasks()[k] & rule.coreMask()) == 0) {
                    continue;
                }
                if (m == null) {
                    m = rule.pattern().matcher(folded);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                }
                m.region(starts.offsets()[k], folded.length());
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
     * Where a match may start, with the kinds of core word it would reach: word starts at most a few words
     * before a digit or a core word (month, weekday, unit... names). Every rule holds a core, so rules are
     * tried only there and only if they can hold that kind of core: the cost follows the number of
     * numbers and time words, not the text length.
     */
    private static StartPositions startPositions(String folded, TimeGrammar grammar) {
        int n = folded.length();
        int[] tokenStarts = new int[64];
        int[] tokenMasks = new int[64];
        int tokens = 0;
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
            int core = TimeGrammar.DIGIT_CORE;
            if (letter) {
                String word = folded.substring(i, j);
                core = grammar.coreMask(word);
                if (core == 0 && !grammar.isRuleWord(word)) {
                    // words foreign to the grammar end what can precede a core word; one is let through
                    // for slots that are not word lists ("XIXe" before "siècle")
                    firstRuleToken = lastForeignToken + 1;
                    lastForeignToken = tokens;
                }
            }
            if (tokens == tokenStarts.length) {
                tokenStarts = Arrays.copyOf(tokenStarts, tokens * 2);
                tokenMasks = Arrays.copyOf(tokenMasks, tokens * 2);
            }
            tokenStarts[tokens] = i;
            tokenMasks[tokens] = 0;
            if (core != 0) {
                int from = Math.max(tokens - WORDS_BEFORE_CORE, Math.min(firstRuleToken, tokens));
                for (int k = from; k <= tokens; k++) {
                    tokenMasks[k] |= core;
                }
            }
            tokens++;
            i = j;
        }
        int[] starts = new int[tokens * 2];
        int[] masks = new int[tokens * 2];
        int count = 0;
        for (int k = 0; k < tokens; k++) {
            if (tokenMasks[k] == 0) {
                continue;
            }
            int s = tokenStarts[k];
            if (s > 0 && Character.isLetterOrDigit(folded.charAt(s - 1))) {
                continue; // "330" in "a330": not a word start
            }
            if (s > 0 && "'(".indexOf(folded.charAt(s - 1)) >= 0
                    && (s < 2 || !Character.isLetterOrDigit(folded.charAt(s - 2)))) {
                starts[count] = s - 1;
                masks[count++] = tokenMasks[k];
            }
            starts[count] = s;
            masks[count++] = tokenMasks[k];
        }
        return new StartPositions(Arrays.copyOf(starts, count), Arrays.copyOf(masks, count));
    }

    /** Candidate match starts and, for each, the kinds of core word within reach. */
    private record StartPositions(int[] offsets, int[] coreMasks) {
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
