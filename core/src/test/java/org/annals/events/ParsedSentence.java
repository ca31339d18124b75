package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/**
 * Builds a parsed sentence by hand for tests of the language-independent event stages: each word is
 * found in the text in order (so offsets are exact) with its UPOS, head (1-based, 0 for the root) and
 * UD relation, as a UD parser would give them.
 */
final class ParsedSentence {

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int cursor;

    private ParsedSentence(String text) {
        this.text = text;
    }

    static ParsedSentence of(String text) {
        return new ParsedSentence(text);
    }

    ParsedSentence word(String word, String lemma, String upos, int head, String deprel) {
        return word(word, lemma, upos, "", head, deprel);
    }

    ParsedSentence word(String word, String lemma, String upos, String feats, int head, String deprel) {
        int start = text.indexOf(word, cursor);
        if (start < 0) {
            throw new IllegalArgumentException("'" + word + "' not found after offset " + cursor + " in: " + text);
        }
        cursor = start + word.length();
        tokens.add(new Token(tokens.size(), word, start, cursor, lemma, upos, feats, head - 1, deprel, "O"));
        return this;
    }

    ParsedSentence word(String word, String upos, int head, String deprel) {
        return word(word, word.toLowerCase(java.util.Locale.ROOT), upos, head, deprel);
    }

    Sentence sentence() {
        return new Sentence(0, 0, text.length(), tokens, true);
    }

    Token token(String word) {
        return tokens.stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    String text() {
        return text;
    }
}
