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

    /** The rows of a classpath resource, split on tabs; empty list when the resource does not exist. */
    public static List<String[]> rows(String path) {
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return rows;
    }
}
