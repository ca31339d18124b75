package org.annals.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the team's shared evaluation data: a {@code shared} folder inside or beside the working directory
 * or one of its ancestors. A user's clone has none; evaluation commands then need {@code --data}, and
 * tests that read it skip.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/<relative>} when such a file or folder exists near the working directory. */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve("shared").resolve(relative),
                    dir.resolveSibling("shared").resolve(relative)}) {
                if (Files.exists(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
