package org.annals.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Rows of a query result with their column names; values are JDBC objects (String, Long, LocalDate, ...). */
public record ResultTable(List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Reads every row of a result set, or at most {@code limit} of them. */
    static ResultTable read(ResultSet rs, int limit) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rows.size() < limit && rs.next()) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = plain(rs.getObject(i + 1));
            }
            rows.add(Collections.unmodifiableList(Arrays.asList(row)));
        }
        return new ResultTable(columns, rows);
    }

    /** JDBC dates and timestamps as java.time values; arrays as lists; everything else as is. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.sql.Array a) {
            return Arrays.asList((Object[]) a.getArray());
        }
        return value;
    }
}
