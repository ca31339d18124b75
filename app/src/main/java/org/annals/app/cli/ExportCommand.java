package org.annals.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.io.JsonDocumentWriter;
import org.annals.store.CsvTable;
import org.annals.store.EventQuery;
import org.annals.store.EventSearch;
import org.annals.store.GdeltExport;
import org.annals.store.ParquetExport;
import org.annals.store.PloverExport;
import org.annals.store.Store;
import org.annals.store.StoreException;
import org.annals.store.StoredDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals export}: a store's contents in standard formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a store's contents: jsonl (one annals.v1 document per article, as annals extract"
                + " writes them), csv (one row per event report, or per merged event with --merged),"
                + " gdelt (merged events as the 61 tab-separated GDELT 2.0 event columns; fields Annals does"
                + " not know are empty), plover (merged events as PLOVER JSON records, one per line),"
                + " parquet (like csv; needs --output)."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "annals-data",
            description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path storeDir;

    @Option(names = "--format", required = true, description = "jsonl, csv, gdelt, plover or parquet.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--merged", description = "csv and parquet: one row per merged event instead of per report.")
    boolean merged;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (!java.util.List.of("jsonl", "csv", "gdelt", "plover", "parquet").contains(format)) {
            err.println("annals: --format must be jsonl, csv, gdelt, plover or parquet, got '" + format + "'");
            return 2;
        }
        if (format.equals("parquet") && output == null) {
            err.println("annals: --format parquet needs --output FILE");
            return 2;
        }
        try (Store store = Store.openReadOnly(storeDir)) {
            long rows;
            if (format.equals("parquet")) {
                rows = new ParquetExport().write(store, output, merged);
            } else {
                try (Writer out = output == null
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    rows = switch (format) {
                        case "gdelt" -> new GdeltExport().write(store, out);
                        case "plover" -> new PloverExport().write(store, out);
                        case "csv" -> {
                            EventSearch search = new EventSearch(store);
                            var table = search.find(new EventQuery(null, java.util.List.of(), null, null, null, null, null,
                                    merged, false, Integer.MAX_VALUE));
                            CsvTable.write(table, out);
                            yield table.rows().size();
                        }
                        default -> {
                            JsonDocumentWriter writer = new JsonDocumentWriter(out, false);
                            AtomicLong n = new AtomicLong();
                            new StoredDocuments(store).forEach(doc -> {
                                try {
                                    writer.write(doc);
                                    n.incrementAndGet();
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            });
                            yield n.get();
                        }
                    };
                }
            }
            err.println("annals: exported " + rows + " rows as " + format + (output == null ? "" : " to " + output));
            return 0;
        } catch (StoreException e) {
            err.println("annals: " + e.getMessage());
            return 1;
        }
    }
}
