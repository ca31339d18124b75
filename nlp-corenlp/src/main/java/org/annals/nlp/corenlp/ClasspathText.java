package org.annals.nlp.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.annals.resources.TsvResource;

/** Reads the small data files of this module from the classpath. */
final class ClasspathText {

    private ClasspathText() {
    }

    /** The resource's URL; fails with the resource name when it is missing. */
    static URL url(String resource) {
        URL url = ClasspathText.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return url;
    }

    /** Non-blank lines that are not {@code #} comments, with trailing whitespace kept (TSV may end in a tab). */
    static List<String> dataLines(String resource) {
        return TsvResource.requiredLines(resource).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
    }

    /** A UTF-8 properties file. */
    static Properties properties(String resource) {
        Properties props = new Properties();
        try (InputStream in = url(resource).openStream();
             InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return props;
    }
}
