package org.annals.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/**
 * Finds lexicon entries in a sentence by their lemma patterns: contiguous tokens, or with up to
 * {@link #MAX_GAP} skippable tokens (determiners, adverbs, auxiliaries, pronouns, particles) between
 * slots, so that "called urgently for" and "s'est longuement entretenu" match; a wildcard slot
 * spans up to {@link #MAX_WILDCARD} tokens of the same clause. Overlapping candidates (by the span
 * from first to last matched token) are resolved by keeping the one with the most word slots, then
 * the best head fit, then the tightest, then the earliest.
 *
 * @param <E> the lexicon entry type
 */
final class SequenceMatcher<E> {

    /** Most tokens allowed between two consecutive slots. */
    static final int MAX_GAP = 2;

    /** Most tokens a wildcard slot stands for. */
    static final int MAX_WILDCARD = 6;

    private static final Set<String> SKIPPABLE = Set.of("ADV", "DET", "AUX", "PART", "PRON");
    /** Tags a wildcard does not cross: they would take the match out of its clause. */
    private static final Set<String> CLAUSE_BOUNDARY = Set.of("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ");

    /** A found entry: the tokens that matched its slots, the head among them, and how well the head fits. */
    record Found<E>(E entry, List<Token> tokens, Token head, int fit) {
        int first() {
            return tokens.get(0).index();
        }

        int last() {
            return tokens.get(tokens.size() - 1).index();
        }
    }

    /**
     * Scores a token as the head of an entry (part-of-speech agreement, features): negative rejects,
     * higher is a better fit and wins between candidates of the same length.
     */
    interface HeadTest<E> {
        int fit(E entry, Token head);
    }

    private final Function<E, LemmaPattern> patternOf;
    private final HeadTest<E> headTest;
    private final Map<String, List<E>> byFirstForm = new HashMap<>();
    private final Map<String, List<LemmaPattern>> byHeadForm = new HashMap<>();

    SequenceMatcher(List<E> entries, Function<E, LemmaPattern> patternOf, HeadTest<E> headTest) {
        this.patternOf = patternOf;
        this.headTest = headTest;
        for (E e : entries) {
            LemmaPattern p = patternOf.apply(e);
            for (String form : p.slots().get(0)) {
                byFirstForm.computeIfAbsent(form, k -> new ArrayList<>()).add(e);
            }
            for (String form : p.headForms()) {
                byHeadForm.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * Whether some entry has its head and every other slot somewhere in the sentence, in any order;
     * needs lemmas or text only, no parse. A false answer guarantees that {@link #find} finds nothing.
     */
    boolean mayMatch(Sentence sentence) {
        Set<String> forms = new HashSet<>();
        for (Token t : sentence.tokens()) {
            forms.add(lemmaOf(t));
            forms.add(textOf(t));
        }
        for (String form : forms) {
            for (LemmaPattern p : byHeadForm.getOrDefault(form, List.of())) {
                if (allSlotsPresent(p, forms)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allSlotsPresent(LemmaPattern p, Set<String> forms) {
        for (Set<String> slot : p.slots()) {
            boolean present = LemmaPattern.isWildcard(slot);
            for (String f : slot) {
                present |= forms.contains(f);
            }
            if (!present) {
                return false;
            }
        }
        return true;
    }

    /** All non-overlapping matches, in sentence order. */
    List<Found<E>> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Found<E>> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Set<E> starting = new LinkedHashSet<>();
            List<E> byLemma = byFirstForm.get(lemmaOf(t));
            if (byLemma != null) {
                starting.addAll(byLemma);
            }
            List<E> byText = byFirstForm.get(textOf(t));
            if (byText != null) {
                starting.addAll(byText);
            }
            for (E e : starting) {
                Found<E> f = matchAt(e, tokens, i);
                if (f != null) {
                    candidates.add(f);
                }
            }
        }
        // Between equally long, equally fitting patterns the wider one wins: "halted economic aid" is the halt of
        // the aid (a verb with its object), not the aid.
        candidates.sort(Comparator.<Found<E>>comparingInt(f -> -patternOf.apply(f.entry()).wordCount())
                .thenComparingInt(f -> -f.fit())
                .thenComparingInt(f -> f.first() - f.last())
                .thenComparingInt(Found::first));
        boolean[] taken = new boolean[tokens.size()];
        List<Found<E>> chosen = new ArrayList<>();
        for (Found<E> f : candidates) {
            boolean free = true;
            for (int k = f.first(); k <= f.last() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                for (int k = f.first(); k <= f.last(); k++) {
                    taken[k] = true;
                }
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingInt(Found::first));
        return chosen;
    }

    private Found<E> matchAt(E entry, List<Token> tokens, int start) {
        LemmaPattern p = patternOf.apply(entry);
        List<Token> matched = new ArrayList<>(p.size());
        matched.add(tokens.get(start));
        if (!extend(p, 1, start, false, tokens, matched)) {
            return null;
        }
        Token head = matched.get(matchedSlotsBefore(p, p.headSlot()));
        int fit = headTest.fit(entry, head);
        return fit < 0 ? null : new Found<>(entry, List.copyOf(matched), head, fit);
    }

    /**
     * Matches the slots from {@code slot} on, after the token at {@code pos}. After a wildcard every place the next
     * slot fits is tried in turn: in "supprimer * de leurs positions" the first "de" may belong to the object
     * ("membres de sa famille de leurs positions").
     */
    private static boolean extend(LemmaPattern p, int slot, int pos, boolean wildcard, List<Token> tokens,
                                  List<Token> matched) {
        if (slot == p.size()) {
            return true;
        }
        Set<String> forms = p.slots().get(slot);
        if (LemmaPattern.isWildcard(forms)) {
            return extend(p, slot + 1, pos, true, tokens, matched);
        }
        int reach = wildcard ? MAX_WILDCARD : MAX_GAP;
        for (int k = pos + 1; k < tokens.size() && k <= pos + 1 + reach; k++) {
            Token t = tokens.get(k);
            if (accepts(forms, t)) {
                matched.add(t);
                if (extend(p, slot + 1, k, false, tokens, matched)) {
                    return true;
                }
                matched.remove(matched.size() - 1);
                if (!wildcard) {
                    return false;
                }
            }
            if (wildcard ? CLAUSE_BOUNDARY.contains(t.upos()) : !SKIPPABLE.contains(t.upos())) {
                return false;
            }
        }
        return false;
    }

    /** How many matched tokens come before a slot: the slots before it that are not wildcards. */
    private static int matchedSlotsBefore(LemmaPattern p, int slot) {
        int count = 0;
        for (int s = 0; s < slot; s++) {
            count += LemmaPattern.isWildcard(p.slots().get(s)) ? 0 : 1;
        }
        return count;
    }

    private static boolean accepts(Set<String> forms, Token t) {
        return forms.contains(lemmaOf(t)) || forms.contains(textOf(t));
    }

    static String lemmaOf(Token t) {
        return t.lemma() == null ? "" : LemmaPattern.normalize(t.lemma());
    }

    static String textOf(Token t) {
        return t.text() == null ? "" : LemmaPattern.normalize(t.text());
    }
}
