package org.annals.kb;

import org.annals.resources.TsvResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agent nouns per language ({@code kb/<lang>/sectors.tsv}) and the CAMEO sector each implies. */
final class SectorLexicon {

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    SectorLexicon(List<String> languages) {
        for (String language : languages) {
            Map<String, String> nouns = new HashMap<>();
            for (String[] row : TsvResource.rows("kb/" + language + "/sectors.tsv")) {
                nouns.put(TitleLexicon.normalize(TsvResource.field(row, 0)), TsvResource.field(row, 1));
            }
            byLanguage.put(language, Map.copyOf(nouns));
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
}
