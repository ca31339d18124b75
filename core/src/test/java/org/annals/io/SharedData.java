package org.annals.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the team's shared evaluation data (a {@code shared} directory beside some ancestor), if present. */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/<relative>} next to the working directory or one of its ancestors. */
    public static Optional<Path> find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
