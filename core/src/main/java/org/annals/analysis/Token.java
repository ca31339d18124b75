package org.annals.analysis;

/**
 * One token with its linguistic annotations.
 *
 * @param index position in its sentence, from 0
 * @param start UTF-16 offset in the article text
 * @param end UTF-16 offset in the article text (exclusive)
 * @param lemma dictionary form, lower-cased where the language has case
 * @param upos Universal POS tag (NOUN, PROPN, VERB, AUX, ...)
 * @param feats UD morphological features ("Mood=Cnd|Tense=Pres"), empty when the analyzer gives none
 * @param head index of the syntactic governor in the sentence, -1 for the root or an unparsed sentence
 * @param deprel UD relation to the head ("nsubj", "obl:mod", ...), "root", or empty when unparsed
 * @param ner named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC, ...), "O" for none
 */
public record Token(int index, String text, int start, int end, String lemma, String upos,
                    String feats, int head, String deprel, String ner) {

    /** Whether {@code feats} contains {@code name=value}. */
    public boolean hasFeature(String name, String value) {
        String want = name + "=" + value;
        for (String f : feats.split("\\|")) {
            if (f.equals(want)) {
                return true;
            }
        }
        return false;
    }

    /** The relation without its subtype: "obl" for "obl:mod". */
    public String baseRelation() {
        int colon = deprel.indexOf(':');
        return colon < 0 ? deprel : deprel.substring(0, colon);
    }
}
