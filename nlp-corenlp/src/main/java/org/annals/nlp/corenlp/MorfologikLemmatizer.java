package org.annals.nlp.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas and UD features from a morfologik dictionary (e.g. LanguageTool's French POS dictionary),
 * choosing among a word's readings the one whose tag agrees with the tagger's UPOS.
 *
 * <p>Any language with such a dictionary can use it: the dictionary and a {@link MorfologikTagTable}
 * data file are all it needs. Thread-safe: the dictionary automaton is shared and read-only, and each
 * thread gets its own lookup object (morfologik lookups reuse their result objects).
 */
public final class MorfologikLemmatizer {

    /** The reading chosen for a word: its lemma, the dictionary tag and the UD features that tag stands for. */
    public record Reading(String lemma, String tag, String feats) {
    }

    private final MorfologikTagTable tags;
    private final boolean frequencyIncluded;
    private final ThreadLocal<DictionaryLookup> lookups;

    private MorfologikLemmatizer(Dictionary dictionary, MorfologikTagTable tags) {
        this.tags = tags;
        this.frequencyIncluded = dictionary.metadata.isFrequencyIncluded();
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /**
     * Loads a dictionary ({@code .dict} with its {@code .info} beside it) and its tag table, both from the
     * classpath.
     */
    public static MorfologikLemmatizer fromClasspath(String dictionaryResource, String tagTableResource) {
        try {
            Dictionary dictionary = Dictionary.read(ClasspathText.url(dictionaryResource));
            return new MorfologikLemmatizer(dictionary, MorfologikTagTable.fromClasspath(tagTableResource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + dictionaryResource, e);
        }
    }

    /**
     * The best reading of {@code word} for {@code upos}, or empty when the dictionary has no reading of
     * the word (as written, then lower-cased) that agrees with the UPOS.
     */
    public Optional<Reading> read(String word, String upos) {
        // Typographic apostrophes are common in news; the dictionary spells elisions with ASCII ones.
        String key = word.replace('\u2019', '\'');
        Optional<Reading> found = bestReading(key, upos);
        String lower = key.toLowerCase(Locale.ROOT);
        if (found.isEmpty() && !lower.equals(key)) {
            found = bestReading(lower, upos);
        }
        return found;
    }

    /**
     * The lemma of {@code word} for {@code upos}: the dictionary's when a reading agrees, else the word
     * itself; lower-cased except for proper nouns, which keep the word as written.
     */
    public String lemma(String word, String upos) {
        if (upos.equals("PROPN")) {
            return word;
        }
        return read(word, upos).map(Reading::lemma).orElse(word).toLowerCase(Locale.ROOT);
    }

    private Optional<Reading> bestReading(String word, String upos) {
        String bestLemma = null;
        String bestTag = null;
        int bestRank = Integer.MAX_VALUE;
        for (WordData data : lookups.get().lookup(word)) {
            if (data.getTag() == null || data.getStem() == null) {
                continue;
            }
            String tag = data.getTag().toString();
            if (frequencyIncluded && !tag.isEmpty()) {
                tag = tag.substring(0, tag.length() - 1);
            }
            int rank = tags.agreement(upos, tag);
            if (rank >= 0 && rank < bestRank) {
                bestRank = rank;
                bestTag = tag;
                bestLemma = data.getStem().toString();
            }
        }
        if (bestTag == null) {
            return Optional.empty();
        }
        return Optional.of(new Reading(bestLemma, bestTag, tags.features(bestTag)));
    }
}
