package org.annals.kb;

import org.annals.resources.TsvResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's own knowledge-base directory, kept apart from the curated data: imported dictionaries
 * ({@code imported/<name>.entities.tsv} and {@code imported/<name>.roles.tsv}, curated format) and facts
 * learned from text ({@code learned.jsonl}).
 *
 * <p>Where it is: the system property {@code annals.kb.dir}, else the environment variable
 * {@code ANNALS_KB_DIR}, else {@code ~/.annals/kb}. It need not exist: an absent directory is an empty overlay.
 */
public record UserKbDirectory(Path root) {

    /** System property naming the directory. */
    public static final String PROPERTY = "annals.kb.dir";
    /** Environment variable naming the directory. */
    public static final String ENVIRONMENT = "ANNALS_KB_DIR";

    private static final String ENTITIES = ".entities.tsv";
    private static final String ROLES = ".roles.tsv";

    /** The directory chosen by the property, the environment or the default, in that order. */
    public static UserKbDirectory resolve() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new UserKbDirectory(Path.of(property));
        }
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return new UserKbDirectory(Path.of(env));
        }
        return new UserKbDirectory(Path.of(System.getProperty("user.home"), ".annals", "kb"));
    }

    /** Where imported dictionaries are written. */
    public Path importedDir() {
        return root.resolve("imported");
    }

    /** The learned-facts store. */
    public Path learnedFile() {
        return root.resolve("learned.jsonl");
    }

    /** The entity table of an import named {@code name}. */
    public Path importedEntities(String name) {
        return importedDir().resolve(name + ENTITIES);
    }

    /** The role table of an import named {@code name}. */
    public Path importedRoles(String name) {
        return importedDir().resolve(name + ROLES);
    }

    /** Entity tables of all imports, in file-name order. */
    public List<List<String[]>> importedEntityTables() {
        List<List<String[]>> tables = new ArrayList<>();
        for (Path file : importedFiles(ENTITIES)) {
            tables.add(rows(file));
        }
        return tables;
    }

    /**
     * Role rows of all imports.
     *
     * @throws IllegalArgumentException naming the file and the row when a start or end is not a date
     */
    public List<String[]> importedRoleRows() {
        List<String[]> rows = new ArrayList<>();
        for (Path file : importedFiles(ROLES)) {
            List<String[]> fileRows = rows(file);
            for (int i = 0; i < fileRows.size(); i++) {
                String[] row = fileRows.get(i);
                try {
                    TermBound.parse(TsvResource.field(row, 5));
                    TermBound.parse(TsvResource.field(row, 6));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": role " + (i + 1) + " (" + TsvResource.field(row, 0)
                            + "): " + e.getMessage(), e);
                }
            }
            rows.addAll(fileRows);
        }
        return rows;
    }

    private List<Path> importedFiles(String suffix) {
        if (!Files.isDirectory(importedDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(importedDir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + importedDir(), e);
        }
    }

    /** Data rows of a tab-separated file ({@code #} comment lines and blank lines dropped). */
    static List<String[]> rows(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
