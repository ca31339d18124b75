package org.annals.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The data lines of a team fixture split over files: {@code kb/<name>.tsv} and {@code kb/<name>-<part>.tsv}. */
final class FixtureLines {

    private FixtureLines() {
    }

    /** Non-blank, non-comment lines of every part, the main file first, then the parts by name. */
    static List<String> of(String name) {
        URL main = FixtureLines.class.getResource("/kb/" + name + ".tsv");
        if (main == null) {
            throw new IllegalStateException("missing test resource kb/" + name + ".tsv");
        }
        try {
            Path directory = Path.of(main.toURI()).getParent();
            List<Path> files = new ArrayList<>(List.of(directory.resolve(name + ".tsv")));
            try (Stream<Path> parts = Files.list(directory)) {
                parts.filter(p -> p.getFileName().toString().matches("\\Q" + name + "\\E-[a-z0-9-]+\\.tsv"))
                        .sorted()
                        .forEach(files::add);
            }
            List<String> lines = new ArrayList<>();
            for (Path file : files) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
