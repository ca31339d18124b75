package org.annals.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an analysis.
 *
 * @param start UTF-16 offset of the first character in the article text
 * @param end UTF-16 offset past the last character
 * @param parsed whether the dependency fields of the tokens were filled
 */
public record Sentence(int index, int start, int end, List<Token> tokens, boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Tokens whose head is {@code token}, in order. */
    public List<Token> dependents(Token token) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == token.index()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The governor of {@code token}, or {@code null} at the root or in an unparsed sentence. */
    public Token head(Token token) {
        return token.head() < 0 ? null : tokens.get(token.head());
    }

    /** Dependents of {@code token} whose relation, without subtype, is one of {@code relations}. */
    public List<Token> dependents(Token token, String... relations) {
        List<Token> out = new ArrayList<>();
        for (Token t : dependents(token)) {
            for (String r : relations) {
                if (t.deprel().equals(r) || t.baseRelation().equals(r)) {
                    out.add(t);
                    break;
                }
            }
        }
        return out;
    }

    /** Governors of {@code token} from its head up to the root. */
    public List<Token> ancestors(Token token) {
        List<Token> out = new ArrayList<>();
        Token current = head(token);
        while (current != null && out.size() < tokens.size()) {
            out.add(current);
            current = head(current);
        }
        return out;
    }

    /** Whether {@code token} is {@code root} or lies below it in the tree. */
    public boolean dominates(Token root, Token token) {
        return token.index() == root.index() || ancestors(token).contains(root);
    }
}
