package org.annals.entities;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.model.EntityType;

/** Noun phrases with a possessive ("sa famille", "his government"): who may own them and where they end. */
final class PossessivePhrases {

    private PossessivePhrases() {
    }

    /**
     * The possessive word determining a noun ("sa famille", "his government", "seiner Familie", "su ejército"), with the
     * kinds of owner it can stand for; relatives ({@code KIN_NOUN}) are a person's or a group's, never a state's.
     */
    static Possessive possessiveOf(Sentence sentence, Token noun, CoreferenceLexicon coref) {
        Token word = null;
        if (sentence.parsed()) {
            for (Token d : sentence.dependents(noun)) {
                boolean determines = d.deprel().startsWith("det") || d.deprel().equals("nmod:poss");
                if (determines && d.index() < noun.index() && ownersOf(d, coref).size() > 0) {
                    word = d;
                }
            }
        } else {
            List<Token> tokens = sentence.tokens();
            int k = noun.index() - 1;
            while (k >= 0 && "ADJ".equals(tokens.get(k).upos())) {
                k--;
            }
            word = k >= 0 && !ownersOf(tokens.get(k), coref).isEmpty() ? tokens.get(k) : null;
        }
        if (word == null) {
            return null;
        }
        Set<EntityType> owners = EnumSet.noneOf(EntityType.class);
        owners.addAll(ownersOf(word, coref));
        String kin = null;
        if (coref.isToken(CoreferenceLexicon.Kind.KIN_NOUN, noun)) {
            owners.retainAll(EnumSet.of(EntityType.PERSON, EntityType.GROUP));
            kin = coref.english(CoreferenceLexicon.Kind.KIN_NOUN, noun.lemma())
                    .or(() -> coref.english(CoreferenceLexicon.Kind.KIN_NOUN, noun.text()))
                    .orElse(noun.text().toLowerCase(Locale.ROOT));
        }
        return owners.isEmpty() ? null : new Possessive(word.index(), owners, kin, clauseSubject(sentence, noun));
    }

    /**
     * The subject of the nearest clause above a noun, other than the noun's own phrase: "Pakistan has urged its
     * citizens" (Pakistan), "les autorités actuelles supprimer membres de sa famille" (the noun a participle qualifies);
     * -1 when there is none.
     */
    private static int clauseSubject(Sentence sentence, Token noun) {
        if (!sentence.parsed()) {
            return -1;
        }
        Token below = noun;
        for (int depth = 0; depth < 8; depth++) {
            Token above = sentence.head(below);
            if (above == null) {
                return -1;
            }
            for (Token d : sentence.dependents(above)) {
                if (d.baseRelation().equals("nsubj") && !d.deprel().equals("nsubj:pass") && d.index() != below.index()) {
                    return d.index();
                }
            }
            if (above.baseRelation().equals("acl") && sentence.head(above) != null) {
                return sentence.head(above).index();
            }
            below = above;
        }
        return -1;
    }

    /** The kinds of entity a possessive word can stand for, as the pronouns of the same kind can. */
    private static Set<EntityType> ownersOf(Token word, CoreferenceLexicon coref) {
        Set<EntityType> owners = EnumSet.noneOf(EntityType.class);
        if (coref.isToken(CoreferenceLexicon.Kind.POSSESSIVE_PERSON, word)) {
            owners.add(EntityType.PERSON);
        }
        if (coref.isToken(CoreferenceLexicon.Kind.POSSESSIVE_THING, word)) {
            owners.addAll(EnumSet.of(EntityType.GPE, EntityType.LOCATION, EntityType.ORGANIZATION));
        }
        if (coref.isToken(CoreferenceLexicon.Kind.POSSESSIVE_GROUP, word)) {
            owners.addAll(EnumSet.of(EntityType.GROUP, EntityType.ORGANIZATION));
        }
        return owners;
    }

    /**
     * First and last token of an owned noun phrase: the possessive word, the noun, its adjectives and compounds, but
     * no "of X" modifier after the noun.
     */
    static int[] ownedPhrase(Sentence sentence, Token noun, Possessive possessive) {
        int first = Math.min(possessive.token(), noun.index());
        int last = noun.index();
        if (sentence.parsed()) {
            for (Token d : sentence.dependents(noun)) {
                String rel = d.baseRelation();
                boolean inside = rel.equals("amod") || rel.equals("compound") || rel.equals("flat")
                        || d.index() < noun.index() && (rel.equals("det") || rel.equals("nummod")
                            || d.deprel().equals("nmod:poss"));
                if (inside) {
                    int[] sub = MentionDetector.subtree(sentence, d);
                    first = Math.min(first, sub[0]);
                    last = Math.max(last, sub[1]);
                }
            }
        } else {
            List<Token> tokens = sentence.tokens();
            while (last + 1 < tokens.size() && "ADJ".equals(tokens.get(last + 1).upos())) {
                last++;
            }
        }
        return new int[] {first, last};
    }

    /**
     * Where a noun's phrase must end: at a second "de/of" phrase hung on it whose noun has a possessive of its own ("la
     * famille de Nazarbaïev de leurs postes"). A noun has one such complement, and a phrase someone else owns after it
     * is an argument of the verb the parser attached too low ("écarter X de leurs postes"). The sentence length when
     * there is none.
     */
    static int verbArgumentAfter(Sentence sentence, Token noun, CoreferenceLexicon coref) {
        Set<String> markers = new HashSet<>();
        for (Token d : sentence.dependents(noun, "nmod")) {
            if (d.index() < noun.index() || d.deprel().equals("nmod:poss")) {
                continue;
            }
            List<Token> cases = sentence.dependents(d, "case");
            String marker = cases.isEmpty() ? "" : cases.get(0).lemma().toLowerCase(Locale.ROOT);
            boolean owned = sentence.dependents(d).stream().anyMatch(x -> x.deprel().startsWith("det")
                    && (coref.isToken(CoreferenceLexicon.Kind.POSSESSIVE_PERSON, x)
                        || coref.isToken(CoreferenceLexicon.Kind.POSSESSIVE_THING, x)
                        || coref.isToken(CoreferenceLexicon.Kind.POSSESSIVE_GROUP, x)));
            if (!marker.isEmpty() && owned && markers.contains(marker)) {
                return MentionDetector.subtree(sentence, d)[0];
            }
            markers.add(marker);
        }
        return sentence.tokens().size();
    }
}
