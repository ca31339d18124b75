package org.annals.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/**
 * Joins separable verb particles to their verb's lemma: German "traf ... zusammen" is "zusammentreffen",
 * "teilte ... mit" is "mitteilen".
 *
 * <p>Before parsing, a particle is recognized by its place (a known particle closing the clause, after a
 * finite verb of that clause), so that the decision to parse a sentence already sees "festnehmen" and not
 * "nehmen". After parsing, the tree decides: a particle joins the verb it depends on through one of the
 * particle relations (UD {@code compound:prt}), and a particle placed so before parsing keeps its join when
 * the parser attached it to that same verb under another relation. The particles are the separable prefixes
 * of the language's lemma table; the relations are per-language data.
 */
final class SeparableParticles {

    private static final Set<String> PARTICLE_TAGS = Set.of("ADP", "ADV", "ADJ", "PART");

    private final RuleLemmatizer lemmas;
    private final Set<String> relations;

    SeparableParticles(RuleLemmatizer lemmas, Set<String> relations) {
        this.lemmas = lemmas;
        this.relations = Set.copyOf(relations);
    }

    /** The tagged sentence with particles joined by their place. */
    Sentence byPlace(Sentence sentence) {
        String[] joined = sentence.tokens().stream().map(Token::lemma).toArray(String[]::new);
        for (int[] pair : placedPairs(sentence)) {
            joined[pair[1]] = particle(sentence.tokens().get(pair[0])) + joined[pair[1]];
        }
        return withLemmas(sentence, joined);
    }

    /** Lemmas of the tagged (unjoined) sentence with particles joined by the parse. */
    String[] byTree(Sentence tagged, int[] heads, String[] deprels) {
        String[] joined = tagged.tokens().stream().map(Token::lemma).toArray(String[]::new);
        boolean[] used = new boolean[joined.length];
        for (Token t : tagged.tokens()) {
            int head = heads[t.index()];
            if (head >= 0 && relations.contains(deprels[t.index()]) && isVerb(tagged.tokens().get(head))) {
                joined[head] = particle(t) + joined[head];
                used[t.index()] = true;
            }
        }
        for (int[] pair : placedPairs(tagged)) {
            if (!used[pair[0]] && heads[pair[0]] == pair[1]) {
                joined[pair[1]] = particle(tagged.tokens().get(pair[0])) + joined[pair[1]];
            }
        }
        return joined;
    }

    /** (particle, verb) index pairs found by place: a known particle before the clause's end, after its finite verb. */
    private List<int[]> placedPairs(Sentence sentence) {
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean closesClause = i + 1 == tokens.size() || tokens.get(i + 1).upos().equals("PUNCT")
                    || tokens.get(i + 1).upos().equals("CCONJ");
            if (!closesClause || !PARTICLE_TAGS.contains(t.upos()) || !lemmas.isSeparablePrefix(particle(t))) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Token v = tokens.get(j);
                if (v.upos().equals("PUNCT") || v.upos().equals("SCONJ") || v.upos().equals("CCONJ")) {
                    break;
                }
                if (isVerb(v) && v.hasFeature("VerbForm", "Fin")) {
                    out.add(new int[] {i, j});
                    break;
                }
            }
        }
        return out;
    }

    private static String particle(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static boolean isVerb(Token t) {
        return t.upos().equals("VERB") || t.upos().equals("AUX");
    }

    private static Sentence withLemmas(Sentence s, String[] lemmas) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), t.text(), t.start(), t.end(), lemmas[t.index()], t.upos(), t.feats(),
                    t.head(), t.deprel(), t.ner()));
        }
        return new Sentence(s.index(), s.start(), s.end(), tokens, s.parsed());
    }
}
