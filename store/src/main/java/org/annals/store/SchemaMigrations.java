package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store's schema to the current version: each migration is a SQL resource
 * {@code schema/V<n>__<name>.sql} applied once, in its own transaction, and recorded in {@code schema_version}.
 */
final class SchemaMigrations {

    /** The migrations in order; version n is the n-th entry. */
    private static final List<String> SCRIPTS = List.of("V1__articles.sql", "V2__merged_events.sql", "V3__stories.sql");

    static final int CURRENT_VERSION = SCRIPTS.size();

    private SchemaMigrations() {
    }

    /** Applies every migration above the store's version and returns the resulting version. */
    static int migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int version = version(connection);
            if (version > CURRENT_VERSION) {
                throw new SQLException("store schema version " + version + " is newer than this Annals ("
                        + CURRENT_VERSION + "); upgrade Annals to open it");
            }
            connection.setAutoCommit(false);
            for (int v = version + 1; v <= CURRENT_VERSION; v++) {
                try {
                    for (String sql : statements(SCRIPTS.get(v - 1))) {
                        st.execute(sql);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw new SQLException("migration to schema version " + v + " failed: " + e.getMessage(), e);
                }
            }
            return CURRENT_VERSION;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The version recorded in the store, 0 for a new one. */
    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The statements of one script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        String text;
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("schema/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
