package org.annals.nlp.corenlp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.analysis.Analysis;
import org.annals.analysis.Analyzer;
import org.annals.analysis.Sentence;

/**
 * {@link Analyzer} on Stanford CoreNLP 4.5 for the languages listed in
 * {@code org/annals/nlp/corenlp/languages.txt} (English, French, German and Spanish).
 *
 * <p>Per language, a tagging pass (tokenize, ssplit, mwt where the language has multi-word tokens, POS,
 * lemma where CoreNLP has one, one CoNLL-style 4-class CRF NER model) runs on the whole text, then the UD
 * neural dependency parser runs only on the sentences {@code parseWhen} accepts; the others keep
 * {@code head = -1} and {@code deprel = ""}. English Penn Treebank tags are mapped to UPOS and features
 * with a table; French lemmas and features come from a morfologik dictionary
 * ({@link MorfologikLemmatizer}), German and Spanish ones from our lemma tables ({@link RuleLemmatizer}),
 * with German separable particles joined to their verb ({@link SeparableParticles}). NER labels are
 * PERSON, LOCATION, ORGANIZATION, MISC or "O".
 *
 * <p>Offsets are UTF-16 offsets into the analyzed text and {@code text.substring(start, end)} equals the
 * token text, with two exceptions: the words of a multi-word token (French "du" = "de" + "le",
 * German "zum" = "zu" + "dem", Spanish "del" = "de" + "el") each carry the offsets of the whole original token and their own word text as
 * CoreNLP gives it; and a token CoreNLP adds without source text (zero width, e.g. the sentence-final
 * period after "U.S.") keeps its word.
 *
 * <p>Models load lazily, once per language per JVM, and are shared by every instance (so instances that
 * {@link java.util.ServiceLoader} creates cost nothing); {@link #shared()} is the usual way in. The
 * analyzer is thread-safe: CoreNLP pipelines may annotate concurrently, each call uses its own
 * annotation, and the morfologik lookups are per thread. Loading silences CoreNLP's own logging.
 */
public final class CoreNlpAnalyzer implements Analyzer {

    private static final Map<String, LazyPipeline> PIPELINES = pipelines();
    private static final CoreNlpAnalyzer SHARED = new CoreNlpAnalyzer();

    /** Public for {@link java.util.ServiceLoader}; prefer {@link #shared()}. Models are shared either way. */
    public CoreNlpAnalyzer() {
    }

    /** The process-wide instance. */
    public static CoreNlpAnalyzer shared() {
        return SHARED;
    }

    @Override
    public Set<String> languages() {
        return PIPELINES.keySet();
    }

    @Override
    public Analysis analyze(String text, String language, Predicate<Sentence> parseWhen) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parseWhen, "parseWhen");
        return pipeline(language).analyze(text, parseWhen);
    }

    /** Loads the models of {@code language} now rather than on first use (e.g. before timing or serving). */
    public void preload(String language) {
        pipeline(language);
    }

    private static LanguagePipeline pipeline(String language) {
        LazyPipeline lazy = PIPELINES.get(language);
        if (lazy == null) {
            throw new IllegalArgumentException("CoreNLP analyzer has no models for language \"" + language
                    + "\"; it handles " + PIPELINES.keySet());
        }
        return lazy.get();
    }

    private static Map<String, LazyPipeline> pipelines() {
        Set<String> codes = new LinkedHashSet<>();
        for (String line : ClasspathText.dataLines("org/annals/nlp/corenlp/languages.txt")) {
            codes.add(line.strip());
        }
        Map<String, LazyPipeline> out = new LinkedHashMap<>();
        for (String code : codes) {
            out.put(code, new LazyPipeline(code));
        }
        return Collections.unmodifiableMap(out);
    }

    /** One language's pipeline, loaded on first use by exactly one thread while the others wait. */
    private static final class LazyPipeline {
        private final String language;
        private volatile LanguagePipeline loaded;

        LazyPipeline(String language) {
            this.language = language;
        }

        LanguagePipeline get() {
            LanguagePipeline p = loaded;
            if (p == null) {
                synchronized (this) {
                    p = loaded;
                    if (p == null) {
                        p = LanguagePipeline.load(language);
                        loaded = p;
                    }
                }
            }
            return p;
        }
    }
}
