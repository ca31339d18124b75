package org.annals.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annals.kb.KnowledgeBases;
import org.annals.kb.PhoenixImporter;
import org.annals.kb.UserKbDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals kb import --format phoenix FILE}: an actor dictionary into the user's KB overlay. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a PETRARCH/Phoenix actor dictionary (HEAD_PHRASE_ [KAZGOV >900424] format) into"
                + " the user KB directory, apart from the curated data. Re-importing a file replaces it.")
public final class KbImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The dictionary file.")
    Path file;

    @Option(names = "--format", required = true, description = "Dictionary format: phoenix.")
    String format;

    @Option(names = "--into", paramLabel = "DIR",
            description = "User KB directory (default: -Dannals.kb.dir, else $ANNALS_KB_DIR, else ~/.annals/kb).")
    Path into;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = KbCommand.out();
        if (!format.equalsIgnoreCase("phoenix")) {
            System.err.println("annals: unknown dictionary format '" + format + "' (known: phoenix)");
            return 2;
        }
        if (!Files.isRegularFile(file)) {
            System.err.println("annals: no such file: " + file);
            return 2;
        }
        UserKbDirectory directory = into == null ? UserKbDirectory.resolve() : new UserKbDirectory(into);
        PhoenixImporter.Report report = new PhoenixImporter(KnowledgeBases.standard()).importFile(file, directory);
        out.printf("imported %s: %d actors (%d linked to curated entities, %d new), %d dated codes, %d heads"
                        + " dropped (discard or no code)%n  %s%n  %s%n", file.getFileName(), report.entries(),
                report.linked(), report.created(), report.roles(), report.dropped(), report.entitiesFile(),
                report.rolesFile());
        out.flush();
        return 0;
    }
}
