package org.annals.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.TimeType;

/** Reads stored articles back as the {@code annals.v1} results they were stored from. */
public final class StoredDocuments {

    private final Store store;

    public StoredDocuments(Store store) {
        this.store = store;
    }

    /** The stored result of one article, if stored. */
    public Optional<DocumentResult> read(String articleId) {
        synchronized (store) {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT id, lang, published, title, url, source FROM articles WHERE id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(document(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read article " + articleId + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every stored result, by publication date then id. */
    public void forEach(Consumer<DocumentResult> sink) {
        List<String> ids = new ArrayList<>();
        synchronized (store) {
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY published NULLS LAST, id")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new StoreException("cannot list articles: " + e.getMessage(), e);
            }
        }
        for (String id : ids) {
            read(id).ifPresent(sink);
        }
    }

    private DocumentResult document(ResultSet article) throws SQLException {
        String id = article.getString("id");
        return new DocumentResult(DocumentResult.SCHEMA, id, article.getString("lang"),
                article.getObject("published", LocalDate.class), article.getString("title"), article.getString("url"),
                article.getString("source"), entities(id), times(id), events(id));
    }

    private List<EntityRecord> entities(String id) throws SQLException {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT entity_id, start_offset, end_offset, text FROM mentions WHERE article_id = ? ORDER BY start_offset, end_offset")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Span(rs.getInt(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        List<EntityRecord> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT entity_id, kb, name, type, country, sector, code FROM entities WHERE article_id = ?"
                        + " ORDER BY try_cast(regexp_extract(entity_id, '\\d+$') AS INTEGER) NULLS LAST, entity_id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(4);
                    out.add(new EntityRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            type == null ? null : EntityType.valueOf(type), rs.getString(5), rs.getString(6),
                            rs.getString(7), mentions.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        return out;
    }

    private List<TimeExpression> times(String id) throws SQLException {
        List<TimeExpression> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT start_offset, end_offset, text, value, type, precision FROM times WHERE article_id = ?"
                        + " ORDER BY start_offset, end_offset")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(5);
                    out.add(new TimeExpression(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            type == null ? null : TimeType.valueOf(type), rs.getString(6)));
                }
            }
        }
        return out;
    }

    private List<EventRecord> events(String id) throws SQLException {
        Map<String, Map<String, List<String>>> arguments = new LinkedHashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT event_id, role, entity_id FROM event_arguments WHERE article_id = ? ORDER BY event_id, role, position")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    arguments.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        Map<String, Map<String, Span>> evidence = new LinkedHashMap<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT event_id, kind, start_offset, end_offset, text FROM event_evidence WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    evidence.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), new Span(rs.getInt(3), rs.getInt(4), rs.getString(5)));
                }
            }
        }
        List<EventRecord> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT event_id, plover, mode, cameo, goldstein, quad_class, location, date, date_precision,"
                        + " factuality, attribution, confidence FROM events WHERE article_id = ?"
                        + " ORDER BY try_cast(regexp_extract(event_id, '\\d+$') AS INTEGER) NULLS LAST, event_id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String event = rs.getString(1);
                    Map<String, List<String>> args = arguments.getOrDefault(event, Map.of());
                    Map<String, Span> spans = evidence.getOrDefault(event, Map.of());
                    out.add(new EventRecord(event, rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                            rs.getInt(6), args.getOrDefault("source", List.of()), args.getOrDefault("target", List.of()),
                            rs.getString(7), rs.getString(8), rs.getString(9),
                            Factuality.valueOf(rs.getString(10).toUpperCase(java.util.Locale.ROOT)), rs.getString(11),
                            spans.get("trigger"), spans.get("sentence"), rs.getDouble(12)));
                }
            }
        }
        return out;
    }
}
