package org.annals.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/** Builds unparsed sentences by hand for lexicon tests: "text/lemma/UPOS[/feats]" per token. */
final class Sentences {

    private Sentences() {
    }

    static Sentence of(String... tokens) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < tokens.length; i++) {
            String[] p = tokens[i].split("/", -1);
            String text = p[0];
            String lemma = p.length > 1 ? p[1] : text.toLowerCase();
            String upos = p.length > 2 ? p[2] : "";
            String feats = p.length > 3 ? p[3] : "";
            out.add(new Token(i, text, offset, offset + text.length(), lemma, upos, feats, -1, "", "O"));
            offset += text.length() + 1;
        }
        return new Sentence(0, 0, Math.max(0, offset - 1), out, false);
    }
}
