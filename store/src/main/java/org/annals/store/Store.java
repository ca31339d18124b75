package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.annals.kb.NameKey;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EventRecord;
import org.annals.model.Span;
import org.annals.model.TimeExpression;

/**
 * The embedded corpus store: one DuckDB file holding articles and everything extracted from them.
 *
 * <p>Writing one article is one transaction, so a crash (even kill -9) leaves each article either fully
 * stored or absent; DuckDB's write-ahead log replays committed transactions on the next open. An article
 * whose id or normalized text ({@link ContentHash}) is already stored is skipped. One writer at a time:
 * the methods are synchronized, and DuckDB locks the file against other processes.
 */
public final class Store implements AutoCloseable {

    /** The database file inside a store directory. */
    public static final String DATABASE_FILE = "annals.duckdb";

    private final Path directory;
    private final Connection connection;
    private final boolean readOnly;

    private Store(Path directory, Connection connection, boolean readOnly) {
        this.directory = directory;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the store in {@code directory} and brings its schema up to date. */
    public static Store open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + directory, e);
        }
        return connect(directory, "jdbc:duckdb:" + directory.resolve(DATABASE_FILE).toAbsolutePath(), false);
    }

    /** Opens an existing store for reading only; other readers may open it at the same time. */
    public static Store openReadOnly(Path directory) {
        Path file = directory.resolve(DATABASE_FILE);
        if (!Files.exists(file)) {
            throw new StoreException("no store at " + directory + " (run annals ingest first)");
        }
        return connect(directory, "jdbc:duckdb:" + file.toAbsolutePath(), true);
    }

    /** A store in memory, gone when closed (tests, one-off runs). */
    public static Store inMemory() {
        return connect(null, "jdbc:duckdb:", false);
    }

    private static Store connect(Path directory, String url, boolean readOnly) {
        try {
            Properties props = new Properties();
            if (readOnly) {
                props.setProperty("access_mode", "READ_ONLY");
            }
            Connection c = DriverManager.getConnection(url, props);
            if (readOnly) {
                int version = SchemaMigrations.version(c);
                if (version != SchemaMigrations.CURRENT_VERSION) {
                    c.close();
                    throw new StoreException("store schema version " + version + ", this Annals reads "
                            + SchemaMigrations.CURRENT_VERSION + "; open it once with annals ingest to migrate");
                }
            } else {
                SchemaMigrations.migrate(c);
            }
            return new Store(directory, c, readOnly);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + (directory == null ? "in memory" : directory)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The store directory, or {@code null} for a store in memory. */
    public Path directory() {
        return directory;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The JDBC connection, for readers and exporters of this store; do not close it. */
    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        try {
            return SchemaMigrations.version(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version: " + e.getMessage(), e);
        }
    }

    /**
     * What {@link #put} would do with this article: STORED when it is new, else which duplicate it is.
     * Cheap (an index lookup and a hash), so callers check before paying for extraction.
     */
    public synchronized PutOutcome check(Article article) {
        return check(article.id(), ContentHash.of(article.text()));
    }

    private PutOutcome check(String id, String hash) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id = ? FROM articles WHERE id = ? OR content_hash = ? ORDER BY 1 DESC LIMIT 1")) {
            ps.setString(1, id);
            ps.setString(2, id);
            ps.setString(3, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return PutOutcome.STORED;
                }
                return rs.getBoolean(1) ? PutOutcome.DUPLICATE_ID : PutOutcome.DUPLICATE_CONTENT;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up article " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores an article and its result in one transaction, unless its id or text is already stored.
     * The result's id must be the article's.
     */
    public synchronized PutOutcome put(Article article, DocumentResult result) {
        if (!article.id().equals(result.id())) {
            throw new IllegalArgumentException("result " + result.id() + " is not of article " + article.id());
        }
        String hash = ContentHash.of(article.text());
        PutOutcome known = check(article.id(), hash);
        if (known != PutOutcome.STORED) {
            return known;
        }
        try {
            connection.setAutoCommit(false);
            try {
                insert(article, result, hash);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.id() + ": " + e.getMessage(), e);
        }
        return PutOutcome.STORED;
    }

    private void insert(Article article, DocumentResult result, String hash) throws SQLException {
        String id = article.id();
        RowInserter articles = new RowInserter("articles", 10);
        articles.add(id, hash, result.lang() != null ? result.lang() : article.lang(),
                result.published() != null ? result.published() : article.published(),
                first(result.title(), article.title()), first(result.url(), article.url()),
                first(result.source(), article.source()), article.origin(), article.text(), Timestamp.from(Instant.now()));
        RowInserter entities = new RowInserter("entities", 8);
        RowInserter mentions = new RowInserter("mentions", 6);
        for (EntityRecord e : result.entities()) {
            entities.add(id, e.id(), e.kb(), e.name(), e.type() == null ? null : e.type().name(), e.country(),
                    e.sector(), e.code());
            for (Span m : e.mentions()) {
                mentions.add(id, e.id(), m.start(), m.end(), m.text(), m.text() == null ? null : NameKey.of(m.text()));
            }
        }
        RowInserter times = new RowInserter("times", 7);
        for (TimeExpression t : result.times()) {
            times.add(id, t.start(), t.end(), t.text(), t.value(), t.type() == null ? null : t.type().name(), t.precision());
        }
        RowInserter events = new RowInserter("events", 15);
        RowInserter arguments = new RowInserter("event_arguments", 5);
        RowInserter evidence = new RowInserter("event_evidence", 6);
        for (EventRecord v : result.events()) {
            DateRange range = DateRange.parse(v.date());
            events.add(id, v.id(), v.plover(), v.mode(), v.cameo(), v.goldstein(), v.quadClass(), v.location(),
                    v.date(), v.datePrecision(), range == null ? null : range.first(), range == null ? null : range.last(),
                    v.factuality().json(), v.attribution(), v.confidence());
            addArguments(arguments, id, v.id(), "source", v.source());
            addArguments(arguments, id, v.id(), "target", v.target());
            addArguments(arguments, id, v.id(), "location", v.location() == null ? List.of() : List.of(v.location()));
            addArguments(arguments, id, v.id(), "attribution", v.attribution() == null ? List.of() : List.of(v.attribution()));
            addEvidence(evidence, id, v.id(), "trigger", v.trigger());
            addEvidence(evidence, id, v.id(), "sentence", v.sentence());
        }
        for (RowInserter table : List.of(articles, entities, mentions, times, events, arguments, evidence)) {
            table.flush(connection);
        }
    }

    private static void addArguments(RowInserter rows, String article, String event, String role, List<String> entityIds) {
        for (int i = 0; i < entityIds.size(); i++) {
            rows.add(article, event, role, i, entityIds.get(i));
        }
    }

    private static void addEvidence(RowInserter rows, String article, String event, String kind, Span span) {
        if (span != null) {
            rows.add(article, event, kind, span.start(), span.end(), span.text());
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** Number of rows of a store table ("articles", "events", "merged_events", ...). */
    public synchronized long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    /** Writes the write-ahead log into the database file (done on close too). */
    public synchronized void checkpoint() {
        if (readOnly) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("checkpoint failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store: " + e.getMessage(), e);
        }
    }
}
