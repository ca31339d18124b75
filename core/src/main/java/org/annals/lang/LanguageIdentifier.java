package org.annals.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Identifies the language of an article with Lingua, choosing among the languages Annals supports and a
 * fixed list of other common languages, so that an unsupported language is reported as such instead of
 * being forced into the nearest supported one.
 *
 * <p>The detector is built lazily on first use, once, with all its models preloaded; after that
 * {@link #identify} is thread-safe. Only the first {@value #SAMPLE_CHARS} characters of a text are examined.
 */
public final class LanguageIdentifier {

    /** Widely published news languages recognized (but not analyzed) so they are not mistaken for ours. */
    public static final List<String> DEFAULT_OTHERS = List.of(
            "ru", "uk", "it", "pt", "nl", "pl", "tr", "ar", "zh", "ja", "ko", "sv", "da", "ro", "cs", "sk", "hu",
            "fi", "bg", "be", "kk", "sr", "hr", "el", "he", "fa", "hi", "ca", "id", "vi");

    /**
     * Characters examined per text. Time grows linearly with it; on the shared news sample (875 articles
     * in en/fr/ru) 500 characters were already 100% accurate, so 1,000 leaves a margin at half the cost of 2,000.
     */
    public static final int SAMPLE_CHARS = 1000;

    /** Below this margin over the runner-up, a supported runner-up wins over an unsupported winner. */
    static final double TOSS_UP = 0.1;

    private final Set<String> supported;
    private final Set<Language> languages;
    private final boolean lowAccuracy;
    private volatile LanguageDetector detector;

    /** Identifies among {@code supported} and {@link #DEFAULT_OTHERS}, in Lingua's low-accuracy (fast) mode. */
    public LanguageIdentifier(Collection<String> supported) {
        this(supported, DEFAULT_OTHERS, true);
    }

    /**
     * @param supported ISO 639-1 codes Annals can analyze
     * @param others further ISO 639-1 codes to recognize as unsupported
     * @param lowAccuracy Lingua's trigram-only mode: several times faster, and as accurate on article-length text
     */
    public LanguageIdentifier(Collection<String> supported, Collection<String> others, boolean lowAccuracy) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : supported) {
            codes.add(code.toLowerCase(Locale.ROOT));
        }
        this.supported = Set.copyOf(codes);
        EnumSet<Language> all = EnumSet.noneOf(Language.class);
        for (String code : codes) {
            all.add(toLingua(code));
        }
        for (String code : others) {
            all.add(toLingua(code.toLowerCase(Locale.ROOT)));
        }
        if (all.size() < 2) {
            throw new IllegalArgumentException("need at least two languages to choose from, got " + all);
        }
        this.languages = all;
        this.lowAccuracy = lowAccuracy;
    }

    /** ISO 639-1 codes this identifier reports as supported. */
    public Set<String> supported() {
        return supported;
    }

    /** The most likely language of {@code text} (its first {@value #SAMPLE_CHARS} characters). */
    public LanguageGuess identify(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return LanguageGuess.UNKNOWN;
        }
        SortedMap<Language, Double> confidences = detector().computeLanguageConfidenceValues(sample(text));
        if (confidences.isEmpty()) {
            return LanguageGuess.UNKNOWN;
        }
        Language best = null;
        double bestScore = -1;
        Language second = null;
        double secondScore = 0;
        for (Map.Entry<Language, Double> entry : confidences.entrySet()) {
            double score = entry.getValue();
            if (score > bestScore) {
                second = best;
                secondScore = Math.max(bestScore, 0);
                best = entry.getKey();
                bestScore = score;
            } else if (second == null || score > secondScore) {
                second = entry.getKey();
                secondScore = score;
            }
        }
        if (best == null || best == Language.UNKNOWN || bestScore <= 0) {
            return LanguageGuess.UNKNOWN;
        }
        String code = isoCode(best);
        double margin = second == null ? 1.0 : Math.max(0.0, 1.0 - secondScore / bestScore);
        String runnerUp = second == null ? null : isoCode(second);
        if (!supported.contains(code) && runnerUp != null && supported.contains(runnerUp) && margin < TOSS_UP) {
            // A toss-up between a language we cannot read and one we can (one short sentence full of names):
            // reading it costs little if it was not ours, refusing it loses the article if it was.
            return new LanguageGuess(runnerUp, 0.0, code, true);
        }
        return new LanguageGuess(code, margin, runnerUp, supported.contains(code));
    }

    private static String isoCode(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** Builds the detector now (it is otherwise built on first use); returns this. */
    public LanguageIdentifier warmUp() {
        detector();
        return this;
    }

    private LanguageDetector detector() {
        LanguageDetector built = detector;
        if (built == null) {
            synchronized (this) {
                built = detector;
                if (built == null) {
                    LanguageDetectorBuilder builder = LanguageDetectorBuilder
                            .fromLanguages(languages.toArray(new Language[0]))
                            .withPreloadedLanguageModels();
                    if (lowAccuracy) {
                        builder = builder.withLowAccuracyMode();
                    }
                    built = builder.build();
                    detector = built;
                }
            }
        }
        return built;
    }

    /** The first {@value #SAMPLE_CHARS} characters, cut at a space so no word is split. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = SAMPLE_CHARS;
        while (end > SAMPLE_CHARS / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end == SAMPLE_CHARS / 2 || Character.isLowSurrogate(text.charAt(end))) {
            end = SAMPLE_CHARS;
            if (Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        return text.substring(0, end);
    }

    private static Language toLingua(String code) {
        try {
            Language language = Language.Companion.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
            if (language == Language.UNKNOWN) {
                throw new IllegalArgumentException("Lingua has no model for language \"" + code + "\"");
            }
            return language;
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new IllegalArgumentException("unknown or unsupported language code \"" + code + "\"", e);
        }
    }
}
