package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks as one multi-word token the words a tokenizer split out of one written word without saying so
 * (CoreNLP's Spanish tokenizer turns "del" into "de" + "el" at offsets "d" and "el", "conmigo" into
 * "con" + "mí", "dámelo" into "da" + "me" + "lo"). When some word of such a run differs from the text
 * its offsets cover, every word of the run gets the offsets of the whole written word and the
 * multi-word flag, as the French contractions have; runs whose words are their own text ("ver" + "lo")
 * keep their exact offsets.
 */
final class SplitWordMarker {

    /** Marks the split words of every sentence of an annotated document whose text is {@code text}. */
    void mark(Annotation document, String text) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < tokens.size()) {
                int j = i + 1;
                while (j < tokens.size() && isLetters(tokens.get(j - 1)) && isLetters(tokens.get(j))
                        && tokens.get(j - 1).endPosition() == tokens.get(j).beginPosition()) {
                    j++;
                }
                if (j - i > 1) {
                    markRun(tokens.subList(i, j), text);
                }
                i = j;
            }
        }
    }

    private static void markRun(List<CoreLabel> run, String text) {
        boolean rewritten = false;
        for (CoreLabel label : run) {
            String slice = text.substring(label.beginPosition(), label.endPosition());
            rewritten |= !slice.equals(label.word());
        }
        if (!rewritten) {
            return;
        }
        int begin = run.get(0).beginPosition();
        int end = run.get(run.size() - 1).endPosition();
        String written = text.substring(begin, end);
        for (int k = 0; k < run.size(); k++) {
            CoreLabel label = run.get(k);
            label.setBeginPosition(begin);
            label.setEndPosition(end);
            label.set(CoreAnnotations.IsMultiWordTokenAnnotation.class, true);
            label.set(CoreAnnotations.IsFirstWordOfMWTAnnotation.class, k == 0);
            label.set(CoreAnnotations.MWTTokenTextAnnotation.class, written);
        }
    }

    private static boolean isLetters(CoreLabel label) {
        String word = label.word();
        return !word.isEmpty() && Character.isLetter(word.codePointAt(0)) && label.endPosition() > label.beginPosition();
    }
}
