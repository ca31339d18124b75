package org.annals.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EventRecord;
import org.annals.model.Span;

/**
 * Prints the events of each document as a fixed-width table for people: category, CAMEO code, source and
 * target (entity names, not ids), date, place, factuality (with whoever it is attributed to) and the
 * trigger words. One block per document, headed by its id, language and publication date.
 */
public final class EventTableWriter implements DocumentWriter {

    private static final String NONE = "—";
    private static final String[] HEADERS =
            {"CATEGORY", "CAMEO", "SOURCE", "TARGET", "DATE", "WHERE", "FACTUALITY", "TRIGGER"};
    /** Widest each column may grow before its cells are cut with "…"; the trigger comes last and is cut later. */
    private static final int[] MAX_WIDTHS = {22, 5, 32, 32, 10, 24, 34, 48};
    private static final String GAP = "  ";

    private final Writer out;
    private boolean first = true;

    public EventTableWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(DocumentResult document) throws IOException {
        StringBuilder block = new StringBuilder();
        if (!first) {
            block.append('\n');
        }
        first = false;
        block.append(header(document)).append('\n');
        if (document.events().isEmpty()) {
            block.append("(no events)\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADERS);
            Map<String, EntityRecord> entities = new HashMap<>();
            for (EntityRecord entity : document.entities()) {
                entities.put(entity.id(), entity);
            }
            for (EventRecord event : document.events()) {
                rows.add(row(event, entities));
            }
            appendTable(block, rows);
        }
        out.write(block.toString());
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private static String header(DocumentResult document) {
        StringBuilder line = new StringBuilder("== ").append(document.id());
        line.append(" · ").append(document.lang() == null ? "language unknown" : document.lang());
        line.append(" · ").append(document.published() == null ? "publication date unknown"
                : "published " + document.published());
        int n = document.events().size();
        line.append(" · ").append(n).append(n == 1 ? " event" : " events");
        if (document.title() != null && !document.title().isBlank()) {
            line.append(" · ").append(cut(oneLine(document.title()), 60));
        }
        return line.toString();
    }

    private static String[] row(EventRecord event, Map<String, EntityRecord> entities) {
        String category = event.plover() == null ? NONE : event.plover();
        if (event.mode() != null && !event.mode().isBlank()) {
            category += " (" + event.mode() + ")";
        }
        String factuality = event.factuality() == null ? NONE : event.factuality().json();
        if (event.attribution() != null) {
            factuality += ", per " + name(event.attribution(), entities);
        }
        Span trigger = event.trigger();
        return new String[] {
            category,
            orNone(event.cameo()),
            names(event.source(), entities),
            names(event.target(), entities),
            orNone(event.date()),
            event.location() == null ? NONE : name(event.location(), entities),
            factuality,
            trigger == null ? NONE : "\"" + oneLine(trigger.text()) + "\""
        };
    }

    private static String names(List<String> ids, Map<String, EntityRecord> entities) {
        if (ids.isEmpty()) {
            return NONE;
        }
        List<String> names = new ArrayList<>(ids.size());
        for (String id : ids) {
            names.add(name(id, entities));
        }
        return String.join(", ", names);
    }

    /** The entity's name; its first mention when unnamed; the id itself when the document lacks it. */
    private static String name(String id, Map<String, EntityRecord> entities) {
        EntityRecord entity = entities.get(id);
        if (entity == null) {
            return id;
        }
        if (entity.name() != null && !entity.name().isBlank()) {
            return oneLine(entity.name());
        }
        return entity.mentions().isEmpty() ? id : oneLine(entity.mentions().get(0).text());
    }

    private static void appendTable(StringBuilder block, List<String[]> rows) {
        int columns = HEADERS.length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.min(MAX_WIDTHS[c], Math.max(widths[c], width(row[c])));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = cut(row[c], widths[c]);
                line.append(cell);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - width(cell))).append(GAP);
                }
            }
            block.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Width in code points (close enough for a terminal outside East Asian scripts). */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String cut(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }
}
