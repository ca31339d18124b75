package org.annals.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.io.AnnalsJson;
import org.annals.kb.KnowledgeBase;
import org.annals.kb.KnowledgeBases;
import org.annals.store.ArticleIndex;
import org.annals.store.EventQuery;
import org.annals.store.EventSearch;
import org.annals.store.ResultTable;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals query}: finds stored events by actor, category, country, dates and article text, or runs SQL. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Finds events in a store made by annals ingest: single reports, or with --merged one row"
                + " per real-world event. Filters combine (AND).",
                "--text searches article titles and texts (Lucene syntax: words, \"phrases\", OR, prefix*;"
                        + " accents ignored). --sql runs one read-only SQL query over the store's tables"
                        + " (articles, entities, mentions, times, events, event_arguments, event_evidence,"
                        + " merged_events, event_mentions, stories, story_articles).",
                "--stories lists stories instead: articles about the same story across languages (id, date span,"
                        + " languages, article and source counts, top entities); --from/--to select by"
                        + " publication."})
public final class QueryCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "annals-data",
            description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path storeDir;

    @Option(names = "--actor", description = "KB id, actor code (BLRGOV), or any spelling of a name (Loukachenko).")
    String actor;

    @Option(names = "--category", description = "PLOVER category (CONSULT) or CAMEO code prefix (04, 042).")
    String category;

    @Option(names = "--country", description = "ISO 3166 alpha-3 code of a source or target actor (KAZ).")
    String country;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events that may have happened on or after.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events that may have happened on or before.")
    String to;

    @Option(names = "--text", description = "Only events of articles matching this full-text query.")
    String text;

    @Option(names = "--merged", description = "One row per merged event (several reports) instead of per report.")
    boolean merged;

    @Option(names = "--facts", description = "Leave out hypothetical, negated and future reports.")
    boolean factsOnly;

    @Option(names = "--stories", description = "List stories (groups of articles about the same story) instead of events.")
    boolean stories;

    @Option(names = "--min-articles", paramLabel = "N",
            description = "With --stories: only stories of at least N articles (default: ${DEFAULT-VALUE}).")
    int minArticles = 2;

    @Option(names = "--sql", description = "A read-only SQL query (SELECT ...); the filters are ignored.")
    String sql;

    @Option(names = "--json", description = "Print a JSON array of objects instead of a table.")
    boolean json;

    @Option(names = "--limit", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        LocalDate fromDate;
        LocalDate toDate;
        try {
            fromDate = from == null ? null : LocalDate.parse(from);
            toDate = to == null ? null : LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            err.println("annals: --from and --to must be YYYY-MM-DD");
            return 2;
        }
        if (limit <= 0) {
            err.println("annals: --limit must be positive");
            return 2;
        }
        try (Store store = Store.openReadOnly(storeDir)) {
            EventSearch search = new EventSearch(store);
            ResultTable table;
            if (sql != null) {
                table = search.sql(sql, limit);
            } else if (stories) {
                table = search.stories(fromDate, toDate, minArticles, limit);
            } else {
                List<String> ids = text == null ? null : new ArticleIndex(storeDir).search(text, 100_000);
                table = search.find(new EventQuery(actor, knownAs(actor), category, country, fromDate, toDate, ids,
                        merged, factsOnly, limit));
            }
            if (json) {
                printJson(table, System.out);
            } else {
                printTable(table, System.out);
                if (table.rows().size() == limit) {
                    err.println("annals: showing the first " + limit + " rows (raise --limit for more)");
                }
            }
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("annals: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
    }

    /** KB ids the actor text names in any language the KB knows ("Lukashenko", "Лукашенко"). */
    private static List<String> knownAs(String actor) {
        if (actor == null) {
            return List.of();
        }
        KnowledgeBase kb = KnowledgeBases.standard();
        return Stream.of("en", "fr", "de", "es", "ru")
                .flatMap(lang -> kb.lookup(actor, lang, null).stream())
                .map(c -> c.entity().id()).distinct().toList();
    }

    static void printJson(ResultTable table, PrintStream out) throws Exception {
        ArrayNode rows = AnnalsJson.mapper().createArrayNode();
        for (List<Object> row : table.rows()) {
            ObjectNode o = rows.addObject();
            for (int i = 0; i < table.columns().size(); i++) {
                o.set(table.columns().get(i), AnnalsJson.mapper().valueToTree(row.get(i)));
            }
        }
        out.println(AnnalsJson.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .withDefaultPrettyPrinter().writeValueAsString(rows));
    }

    /** Columns padded to their widest cell, long cells cut at 48 characters. */
    static void printTable(ResultTable table, PrintStream out) {
        int n = table.columns().size();
        List<List<String>> cells = new ArrayList<>();
        cells.add(table.columns());
        for (List<Object> row : table.rows()) {
            List<String> line = new ArrayList<>();
            for (Object v : row) {
                String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
                line.add(s.length() > 48 ? s.substring(0, 47) + "…" : s);
            }
            cells.add(line);
        }
        int[] width = new int[n];
        for (List<String> line : cells) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], line.get(i).length());
            }
        }
        for (List<String> line : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : "  ").append(line.get(i));
                if (i < n - 1) {
                    sb.append(" ".repeat(width[i] - line.get(i).length()));
                }
            }
            out.println(sb);
        }
        out.println("(" + table.rows().size() + " rows)");
    }
}
