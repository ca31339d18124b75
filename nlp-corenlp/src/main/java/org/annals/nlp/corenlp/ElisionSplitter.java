package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits elided conjunctions the tokenizer leaves glued to the next word ("lorsqu'il" → "lorsqu'" +
 * "il"), between tokenization and tagging, so the tagger and parser see the subject pronoun. The prefixes
 * are per-language data ({@code annals.tokenize.elisions}); offsets stay exact.
 */
final class ElisionSplitter {

    private final List<String> prefixes;

    ElisionSplitter(List<String> prefixes) {
        this.prefixes = prefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    boolean isEmpty() {
        return prefixes.isEmpty();
    }

    /** Splits the matching tokens of every sentence and renumbers tokens in the document. */
    void split(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        List<CoreLabel> all = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> out = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int cut = cutPoint(label);
                if (cut <= 0) {
                    out.add(label);
                    continue;
                }
                String word = label.word();
                out.add(piece(label, word.substring(0, cut), label.beginPosition(), label.beginPosition() + cut));
                out.add(piece(label, word.substring(cut), label.beginPosition() + cut, label.endPosition()));
            }
            int begin = all.size();
            for (int i = 0; i < out.size(); i++) {
                out.get(i).setIndex(i + 1);
            }
            all.addAll(out);
            sentence.set(CoreAnnotations.TokensAnnotation.class, out);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
        }
        document.set(CoreAnnotations.TokensAnnotation.class, all);
    }

    /** Length of the elided prefix when the token is prefix + word of the same surface length, else 0. */
    private int cutPoint(CoreLabel label) {
        String word = label.word();
        boolean sameSurface = label.endPosition() - label.beginPosition() == word.length();
        if (!sameSurface || Boolean.TRUE.equals(label.get(CoreAnnotations.IsMultiWordTokenAnnotation.class))) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String prefix : prefixes) {
            if (lower.length() > prefix.length() && lower.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    private static CoreLabel piece(CoreLabel original, String word, int begin, int end) {
        CoreLabel piece = new CoreLabel(original);
        piece.setWord(word);
        piece.setValue(word);
        piece.setOriginalText(word);
        piece.setBeginPosition(begin);
        piece.setEndPosition(end);
        return piece;
    }
}
