package org.annals.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.annals.resources.TsvResource;

/** Reads the rows of a tab-separated lexicon file from the classpath, skipping "#" comments and blank lines. */
final class LexiconFile {

    /** One data row: its fields (trimmed, "-" read as empty) and where it came from, for error messages. */
    record Row(String resource, int line, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(resource + ":" + line + ": " + message);
        }
    }

    private LexiconFile() {
    }

    /** The path of a lexicon file for a language, e.g. {@code lexicons/fr/triggers.tsv}. */
    static String path(String language, String file) {
        return "lexicons/" + language + "/" + file;
    }

    /** The rows of {@code resource}, none when the resource does not exist. */
    static List<Row> read(String resource) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : TsvResource.lines(resource)) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t", -1)) {
                String v = f.trim();
                fields.add(v.equals("-") ? "" : v);
            }
            rows.add(new Row(resource, n, fields));
        }
        return rows;
    }
}
