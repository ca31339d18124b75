package org.annals.app.cli;

import java.nio.file.Path;
import org.annals.kb.KnowledgeBases;
import org.annals.kb.LayeredKnowledgeBase;
import org.annals.kb.UserKbDirectory;
import picocli.CommandLine.Option;

/** The {@code --kb-dir} option of the kb subcommands that read the user's data, as a picocli mixin. */
final class UserKbOption {

    @Option(names = "--kb-dir", paramLabel = "DIR", description = "User KB directory (imports, learned facts).")
    Path kbDir;

    /** The curated KB layered with the user directory given, or the default one. */
    LayeredKnowledgeBase open() {
        return KnowledgeBases.withUserData(kbDir == null ? UserKbDirectory.resolve() : new UserKbDirectory(kbDir));
    }
}
