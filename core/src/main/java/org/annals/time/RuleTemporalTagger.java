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
        List<Candidate> candidates = new ArrayList<>();
        for (TimeGrammar.Rule rule : grammar.rules()) {
            Matcher m = rule.pattern().matcher(folded);
            while (m.find()) {
                if (m.end() > m.start()) {
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
