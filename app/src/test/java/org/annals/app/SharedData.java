package org.annals.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files of the team's shared folder ({@code ../shared} beside the repository), which a fresh clone lacks. */
public final class SharedData {

    private SharedData() {
    }

    /** The file at {@code relative} inside the shared folder, if the folder is there. */
    public static Optional<Path> file(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; dir != null && up < 4; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
            Path sibling = dir.resolveSibling("shared").resolve(relative);
            if (Files.exists(sibling)) {
                return Optional.of(sibling);
            }
        }
        return Optional.empty();
    }
}
