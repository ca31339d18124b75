package org.annals.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annals.analysis.Analysis;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;

/**
 * The CoreNLP models of one language: a tagging pass (tokenize .. ner) over the whole text and a
 * dependency-parsing pass over the sentences the caller accepts, turned into {@link Analysis} records.
 *
 * <p>Configured entirely by {@code corenlp-<lang>.properties} on the classpath: CoreNLP's own keys, plus
 * {@code annals.upos.tagTable} (tag to UPOS table, when the tagger does not give UPOS),
 * {@code annals.upos.auxLemmas}, {@code annals.lemma.dictionary} with {@code annals.lemma.tagTable}
 * (a morfologik dictionary for lemmas and features, when CoreNLP has no lemmatizer), or
 * {@code annals.lemma.table} with {@code annals.lemma.knownFrom} (our lemma table, steered towards the
 * lexicons' lemmas), {@code annals.lemma.particleRelations} (separable particles joined to their verb),
 * {@code annals.tokenize.markSplitWords}, {@code annals.deprel.bareObliques} with
 * {@code annals.deprel.bareObliqueAs}, {@code annals.feats.oneFiniteAuxiliary} and
 * {@code annals.ner.labels}. Thread-safe: CoreNLP's {@code StanfordCoreNLP.annotate} may be called
 * concurrently, and each call works on its own {@link Annotation}.
 */
final class LanguagePipeline {

    static {
        // CoreNLP logs model loading and warnings through Redwood to stderr; a CLI user should see only ours.
        RedwoodConfiguration.current().clear().apply();
    }

    private static final Set<String> AUX_RELATIONS = Set.of("aux", "cop");

    private final String language;
    private final StanfordCoreNLP tokenizing;
    private final ElisionSplitter elisions;
    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP parsing;
    private final TagTable tagTable;
    private final MorfologikLemmatizer lemmatizer;
    private final RuleLemmatizer ruleLemmatizer;
    private final SeparableParticles particles;
    private final Set<String> bareObliques;
    private final String bareObliqueRelation;
    private final boolean oneFiniteAuxiliary;
    private final SplitWordMarker splitWords;
    private final Set<String> auxLemmas;
    private final NerLabels nerLabels;

    private LanguagePipeline(String language, Properties props) {
        this.language = language;
        // Tokenizing and tagging run as two passes so elided words can be split in between.
        String[] annotators = props.getProperty("annotators").split("\\s*,\\s*");
        int firstTagger = Arrays.asList(annotators).indexOf("pos");
        Properties tokenizeProps = new Properties();
        tokenizeProps.putAll(props);
        tokenizeProps.setProperty("annotators", String.join(",", Arrays.copyOfRange(annotators, 0, firstTagger)));
        this.tokenizing = new StanfordCoreNLP(tokenizeProps);
        Properties tagProps = new Properties();
        tagProps.putAll(props);
        tagProps.setProperty("annotators", String.join(",", Arrays.copyOfRange(annotators, firstTagger, annotators.length)));
        this.tagging = new StanfordCoreNLP(tagProps, false);
        this.elisions = new ElisionSplitter(Arrays.stream(props.getProperty("annals.tokenize.elisions", "").split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList());
        Properties parseProps = new Properties();
        parseProps.putAll(props);
        parseProps.setProperty("annotators", "depparse");
        // The parsing pass sees sentences already tokenized and tagged by the tagging pass.
        this.parsing = new StanfordCoreNLP(parseProps, false);
        String tagTableName = props.getProperty("annals.upos.tagTable");
        this.tagTable = tagTableName == null ? null : TagTable.fromClasspath(tagTableName);
        String dictionary = props.getProperty("annals.lemma.dictionary");
        this.lemmatizer = dictionary == null ? null
                : MorfologikLemmatizer.fromClasspath(dictionary, props.getProperty("annals.lemma.tagTable"));
        String lemmaTable = props.getProperty("annals.lemma.table");
        this.ruleLemmatizer = lemmaTable == null ? null
                : RuleLemmatizer.fromClasspath(lemmaTable, list(props, "annals.lemma.knownFrom"));
        List<String> particleRelations = list(props, "annals.lemma.particleRelations");
        this.particles = ruleLemmatizer == null || particleRelations.isEmpty() ? null
                : new SeparableParticles(ruleLemmatizer, Set.copyOf(particleRelations));
        this.bareObliques = Set.copyOf(list(props, "annals.deprel.bareObliques"));
        this.bareObliqueRelation = props.getProperty("annals.deprel.bareObliqueAs", "iobj");
        this.oneFiniteAuxiliary = Boolean.parseBoolean(props.getProperty("annals.feats.oneFiniteAuxiliary", "false"));
        this.splitWords = Boolean.parseBoolean(props.getProperty("annals.tokenize.markSplitWords", "false"))
                ? new SplitWordMarker() : null;
        this.auxLemmas = Arrays.stream(props.getProperty("annals.upos.auxLemmas", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.nerLabels = NerLabels.parse(props.getProperty("annals.ner.labels"));
    }

    private static List<String> list(Properties props, String key) {
        return Arrays.stream(props.getProperty(key, "").split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }

    /** Loads the models named in {@code org/annals/nlp/corenlp/corenlp-<language>.properties}. */
    static LanguagePipeline load(String language) {
        String resource = "org/annals/nlp/corenlp/corenlp-" + language + ".properties";
        return new LanguagePipeline(language, ClasspathText.properties(resource));
    }

    Analysis analyze(String text, Predicate<Sentence> parseWhen) {
        Annotation document = new Annotation(text);
        tokenizing.annotate(document);
        elisions.split(document);
        if (splitWords != null) {
            splitWords.mark(document, text);
        }
        tagging.annotate(document);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new Analysis(language, List.of());
        }
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<Sentence> unjoined = new ArrayList<>(coreSentences.size());
        List<Integer> accepted = new ArrayList<>();
        for (CoreMap coreSentence : coreSentences) {
            Sentence plain = tagged(sentences.size(), coreSentence, text);
            Sentence sentence = particles == null ? plain : particles.byPlace(plain);
            if (parseWhen.test(sentence)) {
                accepted.add(sentence.index());
            }
            unjoined.add(plain);
            sentences.add(sentence);
        }
        if (!accepted.isEmpty()) {
            parse(coreSentences, accepted);
            for (int i : accepted) {
                sentences.set(i, withDependencies(unjoined.get(i), coreSentences.get(i)));
            }
        }
        return new Analysis(language, sentences);
    }

    /** Runs the dependency parser on the accepted sentences only, as a document of its own. */
    private void parse(List<CoreMap> coreSentences, List<Integer> accepted) {
        List<CoreMap> chosen = new ArrayList<>(accepted.size());
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i : accepted) {
            CoreMap s = coreSentences.get(i);
            chosen.add(s);
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        Annotation subset = new Annotation("");
        subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
        parsing.annotate(subset);
    }

    /** A sentence with tags, lemmas and NER, not parsed. */
    private Sentence tagged(int index, CoreMap coreSentence, String text) {
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            tokens.add(token(tokens.size(), label, text));
        }
        int start = coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, tokens, false);
    }

    private Token token(int index, CoreLabel label, String text) {
        int start = label.beginPosition();
        int end = label.endPosition();
        // A multi-word token's words share the original token's offsets, so their text is CoreNLP's word
        // ("de", "le" for "du"); a token CoreNLP adds without source text (zero width) keeps its word too.
        boolean multiWord = Boolean.TRUE.equals(label.get(CoreAnnotations.IsMultiWordTokenAnnotation.class));
        String surface = multiWord || start >= end ? label.word() : text.substring(start, end);
        String tag = label.tag();
        String upos;
        String feats;
        String lemma;
        if (tagTable != null) {
            TagTable.Mapping mapping = tagTable.map(tag);
            upos = mapping.upos();
            feats = mapping.feats();
        } else {
            upos = tag;
            feats = "";
        }
        if (ruleLemmatizer != null) {
            RuleLemmatizer.Reading reading = ruleLemmatizer.read(label.word(), upos);
            lemma = reading.lemma();
            if (feats.isEmpty()) {
                feats = reading.feats();
            }
        } else if (lemmatizer != null) {
            String word = label.word();
            MorfologikLemmatizer.Reading reading = lemmatizer.read(word, upos).orElse(null);
            if (feats.isEmpty() && reading != null) {
                feats = reading.feats();
            }
            lemma = upos.equals("PROPN") ? word
                    : (reading == null ? word : reading.lemma()).toLowerCase(Locale.ROOT);
        } else {
            String given = label.lemma() == null ? label.word() : label.lemma();
            lemma = upos.equals("PROPN") ? given : given.toLowerCase(Locale.ROOT);
        }
        if (upos.equals("VERB") && auxLemmas.contains(lemma)) {
            upos = "AUX";
        }
        return new Token(index, surface, start, end, lemma, upos, feats, -1, "", nerLabels.normalize(label.ner()));
    }

    /** The tagged sentence with heads and relations from the parse stored on its CoreNLP sentence. */
    private Sentence withDependencies(Sentence sentence, CoreMap coreSentence) {
        SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return sentence;
        }
        int n = sentence.tokens().size();
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "");
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int dependent = edge.getDependent().index() - 1;
            if (dependent >= 0 && dependent < n) {
                heads[dependent] = edge.getGovernor().index() - 1;
                relations[dependent] = edge.getRelation().toString().toLowerCase(Locale.ROOT);
            }
        }
        for (IndexedWord root : graph.getRoots()) {
            int i = root.index() - 1;
            if (i >= 0 && i < n) {
                heads[i] = -1;
                relations[i] = "root";
            }
        }
        renameBareObliques(sentence, heads, relations);
        String[] lemmas = particles == null ? sentence.tokens().stream().map(Token::lemma).toArray(String[]::new)
                : particles.byTree(sentence, heads, relations);
        String[] feats = sentence.tokens().stream().map(Token::feats).toArray(String[]::new);
        if (oneFiniteAuxiliary) {
            infinitivesInVerbClusters(sentence, heads, relations, feats);
        }
        List<Token> tokens = new ArrayList<>(n);
        for (Token t : sentence.tokens()) {
            String relation = relations[t.index()];
            int colon = relation.indexOf(':');
            String base = colon < 0 ? relation : relation.substring(0, colon);
            tokens.add(new Token(t.index(), t.text(), t.start(), t.end(), lemmas[t.index()],
                    uposForRelation(t.upos(), base), feats[t.index()], heads[t.index()], relation, t.ner()));
        }
        return new Sentence(sentence.index(), sentence.start(), sentence.end(), tokens, true);
    }

    /**
     * A verb has one finite auxiliary: when several auxiliaries of one verb were read as finite, those
     * written like their infinitive are infinitives. German "haben" is both the infinitive and the plural
     * present; in "soll getroffen haben" (next to the finite "soll") it is the infinitive, in "sie haben
     * getroffen" the finite verb. Turned on per language ({@code annals.feats.oneFiniteAuxiliary}).
     */
    private static void infinitivesInVerbClusters(Sentence sentence, int[] heads, String[] relations, String[] feats) {
        List<Token> tokens = sentence.tokens();
        for (Token verb : tokens) {
            List<Token> finite = new ArrayList<>();
            for (Token t : tokens) {
                boolean aux = relations[t.index()].equals("aux") || relations[t.index()].startsWith("aux:");
                if (aux && heads[t.index()] == verb.index() && feats[t.index()].contains("VerbForm=Fin")) {
                    finite.add(t);
                }
            }
            if (finite.size() < 2) {
                continue;
            }
            for (Token t : finite) {
                if (t.text().toLowerCase(Locale.ROOT).equals(t.lemma())) {
                    feats[t.index()] = "VerbForm=Inf";
                }
            }
        }
    }

    /**
     * An oblique argument without an adposition is an object: German UD parsers label the bare dative
     * ("warf Aserbaidschan vor") {@code obl:arg}. Which relations are renamed is per-language data
     * ({@code annals.deprel.bareObliques}).
     */
    private void renameBareObliques(Sentence sentence, int[] heads, String[] relations) {
        if (bareObliques.isEmpty()) {
            return;
        }
        for (Token t : sentence.tokens()) {
            if (!bareObliques.contains(relations[t.index()])) {
                continue;
            }
            boolean marked = false;
            for (int i = 0; i < heads.length; i++) {
                marked |= heads[i] == t.index() && (relations[i].equals("case") || relations[i].equals("mark"));
            }
            if (!marked) {
                relations[t.index()] = bareObliqueRelation;
            }
        }
    }

    /**
     * UD fixes the part of speech of some relations, whatever the tagger said: aux and cop dependents are
     * AUX, and a preposition-tagged word marking a clause ("whether", "because") is SCONJ.
     */
    private static String uposForRelation(String upos, String baseRelation) {
        if (upos.equals("VERB") && AUX_RELATIONS.contains(baseRelation)) {
            return "AUX";
        }
        if (upos.equals("ADP") && baseRelation.equals("mark")) {
            return "SCONJ";
        }
        return upos;
    }
}
