package org.annals.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes event reports, or merged events, to a Parquet file through DuckDB's COPY (zstd-compressed). */
public final class ParquetExport {

    /** Writes the rows {@code annals query} would show (all of them) and returns how many. */
    public long write(Store store, Path file, boolean merged) {
        String query = (merged ? EventSearch.MERGED + " ORDER BY m.merged_id"
                : EventSearch.REPORTS + " ORDER BY e.article_id, e.event_id");
        String target = file.toAbsolutePath().toString().replace("'", "''");
        synchronized (store) {
            try (Statement st = store.connection().createStatement()) {
                st.execute("COPY (" + query + ") TO '" + target + "' (FORMAT parquet, COMPRESSION zstd)");
                return store.count(merged ? "merged_events" : "events");
            } catch (SQLException e) {
                throw new StoreException("Parquet export to " + file + " failed: " + e.getMessage(), e);
            }
        }
    }
}
