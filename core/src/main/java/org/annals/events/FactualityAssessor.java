package org.annals.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.lexicon.ArgumentRole;
import org.annals.lexicon.CaseMarkers;
import org.annals.lexicon.CueKind;
import org.annals.lexicon.CueMatch;
import org.annals.model.Factuality;

/**
 * Decides how the text presents an event, from cue words in the scope of its trigger and from
 * morphology: denied (negation on the predicate), possible (a modal, a conditional, "perhaps", a wish
 * or a proposal above the trigger), planned (future tense or "plan to"), someone's statement (a
 * reporting verb above the trigger, "according to X"), or plain fact.
 */
public final class FactualityAssessor {

    /** Dependents that carry a predicate's modality and polarity. */
    private static final String[] SATELLITES = {"aux", "advmod", "mark", "cop", "det", "expl"};

    private final CaseMarkers markers;

    public FactualityAssessor(CaseMarkers markers) {
        this.markers = markers;
    }

    /** The verdict and, for reported events, the token of whoever reports. */
    public record Verdict(Factuality factuality, Token reporter) {
    }

    /** Assesses the trigger {@code head} whose clause head is {@code predicate}. */
    public Verdict assess(Sentence sentence, Token head, Token predicate, List<CueMatch> cues) {
        Map<Integer, Set<CueKind>> cueAt = new HashMap<>();
        for (CueMatch c : cues) {
            if (c.head().index() == head.index() && !c.entry().featureOnly()) {
                continue; // a word does not qualify itself: "threatened to" frames what follows, not the threat
            }
            for (Token t : c.tokens()) {
                cueAt.computeIfAbsent(t.index(), i -> EnumSet.noneOf(CueKind.class)).add(c.kind());
            }
        }
        List<Token> own = new ArrayList<>(List.of(head));
        if (predicate.index() != head.index()) {
            own.add(predicate);
        }
        List<Token> ownScope = withSatellites(sentence, own);
        if (any(ownScope, cueAt, CueKind.NEGATION) || hasFeature(ownScope, "Polarity", "Neg")) {
            return new Verdict(Factuality.NEGATED, null);
        }
        List<Token> above = sentence.parsed() ? sentence.ancestors(predicate) : List.of();
        List<Token> wideScope = new ArrayList<>(ownScope);
        wideScope.addAll(withSatellites(sentence, above));
        if (any(ownScope, cueAt, CueKind.HEARSAY) && !any(ownScope, cueAt, CueKind.HYPOTHETICAL)
                && !hasCondition(sentence, predicate, cueAt)) {
            // "le président aurait rencontré": the conditional of hearsay reports, it does not suppose.
            return new Verdict(Factuality.REPORTED, null);
        }
        boolean conditional = any(ownScope, cueAt, CueKind.CONDITIONAL);
        if (conditional && reportedAbove(above, cueAt)) {
            // "said they would boycott": the conditional of reported speech is a future.
            return new Verdict(Factuality.FUTURE, null);
        }
        if (any(wideScope, cueAt, CueKind.HYPOTHETICAL) || any(wideScope, cueAt, CueKind.MODAL_DESIRE)
                || any(ownScope, cueAt, CueKind.DEONTIC) || conditional
                || hasFeature(ownScope, "Mood", "Cnd")) {
            return new Verdict(Factuality.HYPOTHETICAL, null);
        }
        if (any(ownScope, cueAt, CueKind.FUTURE) || hasFeature(ownScope, "Tense", "Fut")
                || any(above, cueAt, CueKind.FUTURE)) {
            return new Verdict(Factuality.FUTURE, null);
        }
        if (any(ownScope, cueAt, CueKind.REPORTING)) {
            return new Verdict(Factuality.REPORTED, null); // "reportedly", "allegedly": nobody named
        }
        for (Token a : above) {
            if (is(cueAt, a, CueKind.REPORTING)) {
                return new Verdict(Factuality.REPORTED, reporterOf(sentence, a));
            }
        }
        // "according to X", "selon X" attached to the clause.
        for (Token d : sentence.parsed() ? sentence.dependents(predicate) : List.<Token>of()) {
            for (Token c : sentence.dependents(d, "case")) {
                if (is(cueAt, c, CueKind.REPORTING)) {
                    return new Verdict(Factuality.REPORTED, d);
                }
            }
        }
        return new Verdict(Factuality.ASSERTED, null);
    }

    /** "Si X avait..., il aurait signé": a clause with an if-clause is counterfactual, not hearsay. */
    private static boolean hasCondition(Sentence sentence, Token predicate, Map<Integer, Set<CueKind>> cueAt) {
        if (!sentence.parsed()) {
            return false;
        }
        for (Token clause : sentence.dependents(predicate, "advcl")) {
            for (Token mark : sentence.dependents(clause, "mark")) {
                if (is(cueAt, mark, CueKind.HYPOTHETICAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean reportedAbove(List<Token> above, Map<Integer, Set<CueKind>> cueAt) {
        return !above.isEmpty() && is(cueAt, above.get(0), CueKind.REPORTING);
    }

    private static boolean is(Map<Integer, Set<CueKind>> cueAt, Token t, CueKind kind) {
        Set<CueKind> kinds = cueAt.get(t.index());
        return kinds != null && kinds.contains(kind);
    }

    /** Who reports: the subject of the reporting verb, or the agent of a passive one. */
    Token reporterOf(Sentence sentence, Token reportingVerb) {
        for (Token d : sentence.dependents(reportingVerb)) {
            if (d.deprel().equals("nsubj") || d.deprel().equals("obl:agent")) {
                return d;
            }
        }
        for (Token d : sentence.dependents(reportingVerb, "obl")) {
            for (Token c : sentence.dependents(d, "case")) {
                if (markers.marks(c.lemma(), ArgumentRole.SOURCE)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static List<Token> withSatellites(Sentence sentence, List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        if (sentence.parsed()) {
            for (Token t : tokens) {
                out.addAll(sentence.dependents(t, SATELLITES));
            }
        }
        return out;
    }

    private static boolean any(List<Token> tokens, Map<Integer, Set<CueKind>> cueAt, CueKind kind) {
        for (Token t : tokens) {
            if (is(cueAt, t, kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFeature(List<Token> tokens, String name, String value) {
        for (Token t : tokens) {
            if (t.hasFeature(name, value)) {
                return true;
            }
        }
        return false;
    }
}
