package org.annals.app;

import org.annals.app.cli.AnalyzeCommand;
import org.annals.app.cli.BenchCommand;
import org.annals.app.cli.EvalCommand;
import org.annals.app.cli.ExportCommand;
import org.annals.app.cli.ExtractCommand;
import org.annals.app.cli.IngestCommand;
import org.annals.app.cli.KbCommand;
import org.annals.app.cli.QueryCommand;
import org.annals.app.cli.TimexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command. */
@Command(name = "annals", mixinStandardHelpOptions = true, version = "annals 0.1.0",
        description = "Reads news in several languages and writes the political events in them (annals.v1).",
        subcommands = {ExtractCommand.class, AnalyzeCommand.class, IngestCommand.class, QueryCommand.class,
                ExportCommand.class, KbCommand.class, TimexCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class AnnalsCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 some input failed, 2 usage error). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new AnnalsCli());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("annals: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 2;
        });
        return cli.execute(args);
    }
}
