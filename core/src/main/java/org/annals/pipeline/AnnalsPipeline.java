package org.annals.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.annals.analysis.Analysis;
import org.annals.analysis.Analyzer;
import org.annals.entities.DocumentEntities;
import org.annals.entities.EntityResolver;
import org.annals.entities.Mention;
import org.annals.entities.MentionDetector;
import org.annals.events.EventExtractor;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.Evidence;
import org.annals.kb.KnowledgeBases;
import org.annals.kb.RoleLearner;
import org.annals.lang.LanguageGuess;
import org.annals.lang.LanguageIdentifier;
import org.annals.lexicon.CueKind;
import org.annals.lexicon.CueLexicon;
import org.annals.lexicon.TriggerLexicon;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.TimeExpression;
import org.annals.ontology.CameoOntology;
import org.annals.time.Orientation;
import org.annals.time.RuleTemporalTagger;
import org.annals.time.TemporalTagger;

/**
 * One article in, its {@code annals.v1} result out: language, analysis, time expressions, entities,
 * events. Thread-safe; share one instance (its models load once).
 */
public final class AnnalsPipeline {

    private final AnalyzerRegistry analyzers;
    private final LanguageIdentifier languages;
    private final TemporalTagger tagger;
    private final TemporalTagger pastTagger = new RuleTemporalTagger(Orientation.PAST);
    private final KnowledgeBase kb;
    private final CameoOntology ontology;
    private final MentionDetector mentions;
    private final EntityResolver resolver;
    private final EventExtractor events;
    private final RoleLearner learner;
    private final StageTimer timer = new StageTimer();
    private final PipelineStats stats = new PipelineStats();

    public AnnalsPipeline(AnalyzerRegistry analyzers, LanguageIdentifier languages, TemporalTagger tagger,
                          KnowledgeBase kb, CameoOntology ontology) {
        this(analyzers, languages, tagger, kb, ontology, null);
    }

    /**
     * @param learner records the roles articles state for unknown people ("l'ex-président du Kirghizistan
     *     Kurmanbek Bakiev") so later articles resolve them; {@code null} learns nothing
     */
    public AnnalsPipeline(AnalyzerRegistry analyzers, LanguageIdentifier languages, TemporalTagger tagger,
                          KnowledgeBase kb, CameoOntology ontology, RoleLearner learner) {
        this.learner = learner;
        this.ontology = ontology;
        this.analyzers = analyzers;
        this.languages = languages;
        this.tagger = tagger;
        this.kb = kb;
        this.mentions = new MentionDetector(kb);
        this.resolver = new EntityResolver(kb);
        this.events = new EventExtractor(ontology, kb);
    }

    /**
     * The standard set-up: analyzers found on the class path, the built-in KB with the user's imports and
     * learned facts (see docs/kb.md), lexicons and time rules.
     */
    public static AnnalsPipeline standard() {
        return standard(false);
    }

    /** The standard set-up, recording roles stated in the articles into the user's KB when {@code learn}. */
    public static AnnalsPipeline standard(boolean learn) {
        AnalyzerRegistry analyzers = AnalyzerRegistry.discover();
        List<String> supported = analyzers.languages().stream().filter(TriggerLexicon::supports).toList();
        AnnalsPipeline pipeline = new AnnalsPipeline(analyzers, new LanguageIdentifier(supported),
                new RuleTemporalTagger(), KnowledgeBases.withUserData(), CameoOntology.standard());
        return learn ? pipeline.withLearner(new RoleLearner(KnowledgeBases.withUserData())) : pipeline;
    }

    /** The same pipeline, sharing its loaded models, that also records roles stated in the articles. */
    public AnnalsPipeline withLearner(RoleLearner roleLearner) {
        return new AnnalsPipeline(analyzers, languages, tagger, kb, ontology, roleLearner);
    }

    /** The analyzer of a supported language (as {@link #languageOf} returns it). */
    public Analyzer analyzerFor(String language) {
        return analyzers.forLanguage(language).orElseThrow(
                () -> new IllegalArgumentException("no analyzer for " + language));
    }

    /** The language of the article: as given, or identified from its text. */
    public String languageOf(Article article) throws UnsupportedLanguageException {
        String lang = article.lang();
        if (lang == null || lang.isBlank() || lang.equals("auto")) {
            LanguageGuess guess = timer.time("language", () -> languages.identify(article.text()));
            if (!guess.known()) {
                throw new UnsupportedLanguageException(null, "language not recognized");
            }
            lang = guess.code();
        }
        if (analyzers.forLanguage(lang).isEmpty() || !TriggerLexicon.supports(lang)) {
            throw new UnsupportedLanguageException(lang, "unsupported language '" + lang + "' (supported: "
                    + String.join(", ", supportedLanguages()) + ")");
        }
        return lang;
    }

    /** Languages with both an analyzer and a trigger lexicon. */
    public List<String> supportedLanguages() {
        return analyzers.languages().stream().filter(TriggerLexicon::supports).sorted().toList();
    }

    /** Everything Annals finds in the article. */
    public DocumentResult process(Article article) throws UnsupportedLanguageException {
        String lang = languageOf(article);
        String text = article.text();
        LocalDate published = article.published();
        Analyzer analyzer = analyzerFor(lang);
        TriggerLexicon triggers = TriggerLexicon.forLanguage(lang);
        CueLexicon cues = CueLexicon.forLanguage(lang);
        List<TimeExpression> times = timer.time("time", () -> tagger.tag(text, lang, published));
        List<TimeExpression> pastReadings = published == null ? List.of()
                : timer.time("time", () -> pastTagger.tag(text, lang, published));
        Analysis analysis = timer.time("analysis", () -> analyzer.analyze(text, lang,
                // Parse only what can carry an event, or report one ("This was announced by...").
                s -> triggers.mayHaveTrigger(s) || cues.find(s).stream().anyMatch(c -> c.kind() == CueKind.REPORTING)));
        DocumentEntities entities = timer.time("entities", () -> {
            List<Mention> found = mentions.detect(text, analysis, published);
            if (learner != null) {
                learnRoles(article, analysis, found, lang);
            }
            return resolver.resolve(found, published);
        });
        List<EventRecord> coded = timer.time("events", () -> events.extract(text, analysis, entities, times, pastReadings));
        stats.record(text.length(),
                analysis.sentences().stream().mapToInt(s -> s.tokens().size()).sum(),
                analysis.sentences().size(),
                (int) analysis.sentences().stream().filter(s -> s.parsed()).count(),
                coded.size());
        return new DocumentResult(DocumentResult.SCHEMA, article.id(), lang, published, article.title(),
                article.url(), article.source(), entities.entities(), times, coded);
    }

    private void learnRoles(Article article, Analysis analysis, List<Mention> found, String lang) {
        for (Mention m : found) {
            if (m.title() == null || m.link() != null || m.type() != EntityType.PERSON) {
                continue;
            }
            int start = Math.min(m.title().start(), m.span().start());
            int end = Math.max(m.title().end(), m.span().end());
            int sentenceStart = analysis.sentences().get(m.sentence()).start();
            String preceding = article.text().substring(Math.min(sentenceStart, start), start);
            learner.learn(preceding, m.title().text(), m.span().text(), lang, article.published(),
                    new Evidence(article.id(), start, end, article.text().substring(start, end)));
        }
    }

    /** Time spent per stage since creation or the last reset. */
    public StageTimer timer() {
        return timer;
    }

    /** Counts of what was processed since creation or the last reset. */
    public PipelineStats stats() {
        return stats;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }
}
