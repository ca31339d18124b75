package org.annals.events;

import java.util.List;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.lexicon.ArgumentRole;
import org.annals.lexicon.CaseMarkers;
import org.annals.model.TimeExpression;
import org.annals.model.TimeType;

/**
 * Gives an event the date of the time expression that governs it: one attached to the trigger or to its
 * clause, else one of the clause it depends on when the link is temporal ("when he met...", a conjoined
 * or controlled verb). No governing expression means no date: never the publication date.
 */
public final class EventDater {

    private final CaseMarkers markers;

    public EventDater(CaseMarkers markers) {
        this.markers = markers;
    }

    /**
     * The governing expression read for the tense of its clause: a bare weekday ("on Tuesday") in a
     * past-tense report is the one before publication, while the text-wide reading takes the nearest.
     *
     * @param pastReadings the same expressions resolved towards the past, or an empty list
     */
    public TimeExpression date(Sentence sentence, Token head, Token predicate, List<TimeExpression> times,
                               List<TimeExpression> pastReadings) {
        TimeExpression t = date(sentence, head, predicate, times);
        if (t == null || !(predicate.hasFeature("Tense", "Past") || head.hasFeature("Tense", "Past"))) {
            return t;
        }
        for (TimeExpression past : pastReadings) {
            if (past.start() == t.start() && past.end() == t.end() && past.value() != null) {
                return past;
            }
        }
        return t;
    }

    /** The governing expression, or {@code null}. */
    public TimeExpression date(Sentence sentence, Token head, Token predicate, List<TimeExpression> times) {
        if (!sentence.parsed()) {
            return null;
        }
        List<TimeExpression> inSentence = times.stream()
                .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .filter(t -> (t.type() == TimeType.DATE || t.type() == TimeType.TIME) && t.value() != null)
                .toList();
        if (inSentence.isEmpty()) {
            return null;
        }
        Token clause = predicate;
        for (int hop = 0; clause != null && hop < 4; hop++) {
            for (TimeExpression t : inSentence) {
                Token anchor = anchorOf(sentence, t);
                int attached = anchor == null ? -1 : clauseOf(sentence, anchor, head);
                if (attached == clause.index() || attached == head.index()
                        || modifies(sentence, attached, clause)) {
                    return t;
                }
            }
            clause = inheritsFrom(sentence, clause);
        }
        return null;
    }

    /** The clause whose date a clause shares: the main clause of a temporal, conjoined or controlled one. */
    private Token inheritsFrom(Sentence sentence, Token clause) {
        String rel = clause.baseRelation();
        if (rel.equals("conj") || rel.equals("xcomp")) {
            return sentence.head(clause);
        }
        if (rel.equals("advcl")) {
            for (Token m : sentence.dependents(clause, "mark", "advmod")) {
                if (markers.marks(m.lemma(), ArgumentRole.TIME)) {
                    return sentence.head(clause);
                }
            }
        }
        return null;
    }

    /** "the last time X was seen on 28 December, when...": a relative clause's date is its noun's. */
    private static boolean modifies(Sentence sentence, int clauseIndex, Token noun) {
        if (clauseIndex < 0) {
            return false;
        }
        Token c = sentence.tokens().get(clauseIndex);
        return c.deprel().startsWith("acl") && c.head() == noun.index();
    }

    /** The token of the expression that attaches it to the rest of the sentence. */
    private static Token anchorOf(Sentence sentence, TimeExpression t) {
        Token first = null;
        for (Token tok : sentence.tokens()) {
            if (tok.start() >= t.start() && tok.end() <= t.end()) {
                Token h = sentence.head(tok);
                if (h == null || h.start() < t.start() || h.end() > t.end()) {
                    return tok;
                }
                if (first == null) {
                    first = tok;
                }
            }
        }
        return first;
    }

    /** Index of the nearest verb, root noun or the trigger itself above {@code token}. */
    private static int clauseOf(Sentence sentence, Token token, Token trigger) {
        Token h = sentence.head(token);
        while (h != null) {
            if (h.index() == trigger.index() || "VERB".equals(h.upos())
                    || "NOUN".equals(h.upos()) && isEventNoun(sentence, h)) {
                return h.index();
            }
            h = sentence.head(h);
        }
        return -1;
    }

    /** Nouns count as clause heads only as roots (nominal sentences: "Talks in Minsk on Monday"). */
    private static boolean isEventNoun(Sentence sentence, Token noun) {
        return sentence.head(noun) == null;
    }
}
