package org.annals.analysis;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Linguistic analysis for some languages: sentences, tokens, lemmas, UPOS, NER, and UD dependencies.
 *
 * <p>Dependency parsing dominates the cost, so the caller says which sentences deserve it:
 * {@code parseWhen} sees each sentence after tagging and NER and answers whether to parse it.
 * Implementations load their models once and are safe to call from several threads.
 */
public interface Analyzer {

    /** ISO 639-1 codes this analyzer handles. */
    Set<String> languages();

    /** Analyzes {@code text} in {@code language}; offsets refer to {@code text}. */
    Analysis analyze(String text, String language, Predicate<Sentence> parseWhen);

    /** Analyzes and parses every sentence. */
    default Analysis analyze(String text, String language) {
        return analyze(text, language, s -> true);
    }
}
