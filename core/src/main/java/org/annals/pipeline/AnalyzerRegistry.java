package org.annals.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.annals.analysis.Analyzer;

/** The analyzers on the class path, found with {@link ServiceLoader}, by language. */
public final class AnalyzerRegistry {

    private final Map<String, Analyzer> byLanguage = new LinkedHashMap<>();

    public AnalyzerRegistry(Iterable<Analyzer> analyzers) {
        for (Analyzer a : analyzers) {
            for (String lang : a.languages()) {
                byLanguage.putIfAbsent(lang, a);
            }
        }
    }

    /** Every analyzer registered for {@code java.util.ServiceLoader}. */
    public static AnalyzerRegistry discover() {
        return new AnalyzerRegistry(ServiceLoader.load(Analyzer.class));
    }

    public Optional<Analyzer> forLanguage(String language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }
}
