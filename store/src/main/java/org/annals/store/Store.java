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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Whether an article with this id, or this article's text, is stored already; cheap, checked before extraction. */
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
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, hash);
            ps.setString(3, result.lang() != null ? result.lang() : article.lang());
            setDate(ps, 4, result.published() != null ? result.published() : article.published());
            ps.setString(5, first(result.title(), article.title()));
            ps.setString(6, first(result.url(), article.url()));
            ps.setString(7, first(result.source(), article.source()));
            ps.setString(8, article.origin());
            ps.setString(9, article.text());
            ps.setTimestamp(10, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        try (PreparedStatement entities = connection.prepareStatement("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mentions = connection.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)")) {
            for (EntityRecord e : result.entities()) {
                entities.setString(1, id);
                entities.setString(2, e.id());
                entities.setString(3, e.kb());
                entities.setString(4, e.name());
                entities.setString(5, e.type() == null ? null : e.type().name());
                entities.setString(6, e.country());
                entities.setString(7, e.sector());
                entities.setString(8, e.code());
                entities.addBatch();
                for (Span m : e.mentions()) {
                    mentions.setString(1, id);
                    mentions.setString(2, e.id());
                    mentions.setInt(3, m.start());
                    mentions.setInt(4, m.end());
                    mentions.setString(5, m.text());
                    mentions.setString(6, m.text() == null ? null : NameKey.of(m.text()));
                    mentions.addBatch();
                }
            }
            entities.executeBatch();
            mentions.executeBatch();
        }
        try (PreparedStatement times = connection.prepareStatement("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (TimeExpression t : result.times()) {
                times.setString(1, id);
                times.setInt(2, t.start());
                times.setInt(3, t.end());
                times.setString(4, t.text());
                times.setString(5, t.value());
                times.setString(6, t.type() == null ? null : t.type().name());
                times.setString(7, t.precision());
                times.addBatch();
            }
            times.executeBatch();
        }
        try (PreparedStatement events = connection.prepareStatement(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement arguments = connection.prepareStatement("INSERT INTO event_arguments VALUES (?, ?, ?, ?, ?)");
             PreparedStatement evidence = connection.prepareStatement("INSERT INTO event_evidence VALUES (?, ?, ?, ?, ?, ?)")) {
            for (EventRecord v : result.events()) {
                DateRange range = DateRange.parse(v.date());
                events.setString(1, id);
                events.setString(2, v.id());
                events.setString(3, v.plover());
                events.setString(4, v.mode());
                events.setString(5, v.cameo());
                events.setDouble(6, v.goldstein());
                events.setInt(7, v.quadClass());
                events.setString(8, v.location());
                events.setString(9, v.date());
                events.setString(10, v.datePrecision());
                setDate(events, 11, range == null ? null : range.first());
                setDate(events, 12, range == null ? null : range.last());
                events.setString(13, v.factuality().json());
                events.setString(14, v.attribution());
                events.setDouble(15, v.confidence());
                events.addBatch();
                addArguments(arguments, id, v.id(), "source", v.source());
                addArguments(arguments, id, v.id(), "target", v.target());
                addArguments(arguments, id, v.id(), "location", v.location() == null ? List.of() : List.of(v.location()));
                addArguments(arguments, id, v.id(), "attribution",
                        v.attribution() == null ? List.of() : List.of(v.attribution()));
                addEvidence(evidence, id, v.id(), "trigger", v.trigger());
                addEvidence(evidence, id, v.id(), "sentence", v.sentence());
            }
            events.executeBatch();
            arguments.executeBatch();
            evidence.executeBatch();
        }
    }

    private static void addArguments(PreparedStatement ps, String article, String event, String role,
                                     List<String> entityIds) throws SQLException {
        for (int i = 0; i < entityIds.size(); i++) {
            ps.setString(1, article);
            ps.setString(2, event);
            ps.setString(3, role);
            ps.setInt(4, i);
            ps.setString(5, entityIds.get(i));
            ps.addBatch();
        }
    }

    private static void addEvidence(PreparedStatement ps, String article, String event, String kind, Span span)
            throws SQLException {
        if (span == null) {
            return;
        }
        ps.setString(1, article);
        ps.setString(2, event);
        ps.setString(3, kind);
        ps.setInt(4, span.start());
        ps.setInt(5, span.end());
        ps.setString(6, span.text());
        ps.addBatch();
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
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
