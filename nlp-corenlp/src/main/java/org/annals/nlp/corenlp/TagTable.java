package org.annals.nlp.corenlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps a tagger's language-specific tags (e.g. Penn Treebank) to UPOS and UD features.
 *
 * <p>Read from a TSV data file: {@code tag <TAB> UPOS <TAB> features}. Tags missing from the table
 * become {@code X} with no features.
 */
final class TagTable {

    /** The UPOS and features a tag stands for. */
    record Mapping(String upos, String feats) {
    }

    private static final Mapping UNKNOWN = new Mapping("X", "");

    private final Map<String, Mapping> byTag;

    private TagTable(Map<String, Mapping> byTag) {
        this.byTag = Map.copyOf(byTag);
    }

    /** Reads a table from a classpath resource. */
    static TagTable fromClasspath(String resource) {
        Map<String, Mapping> byTag = new HashMap<>();
        for (String line : ClasspathText.dataLines(resource)) {
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new IllegalStateException(resource + ": cannot read line \"" + line + "\"");
            }
            byTag.put(f[0], new Mapping(f[1], f.length > 2 ? f[2].strip() : ""));
        }
        return new TagTable(byTag);
    }

    Mapping map(String tag) {
        return byTag.getOrDefault(tag, UNKNOWN);
    }
}
