package org.annals.analysis;

import java.util.List;

/** The linguistic analysis of one text in one language. */
public record Analysis(String language, List<Sentence> sentences) {
    public Analysis {
        sentences = List.copyOf(sentences);
    }
}
