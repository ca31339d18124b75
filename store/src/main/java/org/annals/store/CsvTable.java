package org.annals.store;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a {@link ResultTable} as RFC 4180 CSV: a header line, fields quoted when they need it, CRLF-free. */
public final class CsvTable {

    private CsvTable() {
    }

    public static void write(ResultTable table, Writer out) throws IOException {
        line(table.columns(), out);
        for (List<Object> row : table.rows()) {
            line(row, out);
        }
        out.flush();
    }

    private static void line(List<?> values, Writer out) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write('\n');
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
