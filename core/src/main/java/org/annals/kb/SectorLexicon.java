package org.annals.kb;

import org.annals.resources.TsvResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Agent nouns per language ({@code kb/<lang>/sectors.tsv}) and the CAMEO sector each implies, with the state bodies
 * named by a common phrase ({@code kb/<lang>/bodies.tsv}), which are agents too.
 */
final class SectorLexicon {

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();
    private final Map<String, Map<String, Body>> bodiesByLanguage = new HashMap<>();
    /** First words of the body phrases ("ministère", "foreign", "außenministerium"), cut at spaces, apostrophes, hyphens. */
    private final Map<String, Set<String>> bodyStartsByLanguage = new HashMap<>();

    SectorLexicon(List<String> languages) {
        for (String language : languages) {
            Map<String, String> nouns = new HashMap<>();
            for (String[] row : TsvResource.rows("kb/" + language + "/sectors.tsv")) {
                nouns.put(TitleLexicon.normalize(TsvResource.field(row, 0)), TsvResource.field(row, 1));
            }
            Map<String, Body> bodies = new HashMap<>();
            for (String[] row : TsvResource.rows("kb/" + language + "/bodies.tsv")) {
                Body body = new Body(TsvResource.field(row, 2), TsvResource.field(row, 1));
                bodies.put(TitleLexicon.normalize(TsvResource.field(row, 0)), body);
                nouns.putIfAbsent(TitleLexicon.normalize(TsvResource.field(row, 0)), body.sector());
            }
            byLanguage.put(language, Map.copyOf(nouns));
            bodiesByLanguage.put(language, Map.copyOf(bodies));
            Set<String> starts = new HashSet<>();
            bodies.keySet().forEach(phrase -> starts.add(firstWord(phrase)));
            bodyStartsByLanguage.put(language, Set.copyOf(starts));
        }
    }

    /** The sector of a lemma in a language; languages without a list answer empty. */
    Optional<String> sectorOf(String lemma, String language) {
        Map<String, String> nouns = byLanguage.get(language);
        if (nouns == null || lemma == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(nouns.get(TitleLexicon.normalize(lemma)));
    }

    /** The state body a phrase names ("foreign ministry", "минобороны"), lowercase or not. */
    Optional<Body> bodyOf(String phrase, String language) {
        Map<String, Body> bodies = bodiesByLanguage.get(language);
        if (bodies == null || phrase == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(bodies.get(TitleLexicon.normalize(phrase)));
    }

    /** Whether a word (as written or its lemma) can begin a body phrase: a cheap test before reading a phrase. */
    boolean startsBody(String word, String language) {
        Set<String> starts = bodyStartsByLanguage.get(language);
        return starts != null && word != null && starts.contains(firstWord(TitleLexicon.normalize(word)));
    }

    private static String firstWord(String phrase) {
        String[] parts = phrase.split("[ '\\-]", 2);
        return parts[0];
    }
}
