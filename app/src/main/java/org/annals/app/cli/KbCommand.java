package org.annals.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** {@code annals kb}: look names up in the knowledge base, review what was learned, import dictionaries. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "The actor knowledge base: curated data plus the user's imports and learned facts"
                + " (directory: -Dannals.kb.dir, else $ANNALS_KB_DIR, else ~/.annals/kb).",
        subcommands = {KbLookupCommand.class, KbLearnedCommand.class, KbImportCommand.class})
public final class KbCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Standard output in UTF-8 whatever the platform default (names come in every script). */
    static PrintWriter out() {
        return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    }
}
