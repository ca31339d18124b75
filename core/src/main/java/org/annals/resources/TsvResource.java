package org.annals.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files shipped on the classpath; {@code #} starts a comment line. */
public final class TsvResource {

    private TsvResource() {
    }

    /** The data rows of a resource (comments and blank lines dropped); empty when the resource is absent. */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** All lines of a resource, or none when it is absent. */
    public static List<String> lines(String resource) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** All lines of a resource the program cannot work without; fails naming it when it is absent. */
    public static List<String> requiredLines(String resource) {
        if (TsvResource.class.getClassLoader().getResource(resource) == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return lines(resource);
    }

    /** Field {@code i} of a row, trimmed, or "" when the row is shorter. */
    public static String field(String[] row, int i) {
        return i < row.length ? row[i].strip() : "";
    }
}
