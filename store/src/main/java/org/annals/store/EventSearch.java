package org.annals.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.kb.NameKey;

/** Finds stored event reports or merged events that match an {@link EventQuery}, and runs read-only SQL. */
public final class EventSearch {

    static final String REPORTS = """
            SELECT e.article_id, e.event_id, e.plover, e.cameo, e.date, e.factuality,
                   (SELECT string_agg(en.name || coalesce(' [' || en.code || ']', ''), '; ' ORDER BY g.position)
                      FROM event_arguments g JOIN entities en ON en.article_id = g.article_id AND en.entity_id = g.entity_id
                     WHERE g.article_id = e.article_id AND g.event_id = e.event_id AND g.role = 'source') AS source,
                   (SELECT string_agg(en.name || coalesce(' [' || en.code || ']', ''), '; ' ORDER BY g.position)
                      FROM event_arguments g JOIN entities en ON en.article_id = g.article_id AND en.entity_id = g.entity_id
                     WHERE g.article_id = e.article_id AND g.event_id = e.event_id AND g.role = 'target') AS target,
                   loc.name AS location, tr.text AS trigger, a.lang, a.published, a.source AS outlet
              FROM events e
              JOIN articles a ON a.id = e.article_id
              LEFT JOIN entities loc ON loc.article_id = e.article_id AND loc.entity_id = e.location
              LEFT JOIN event_evidence tr ON tr.article_id = e.article_id AND tr.event_id = e.event_id AND tr.kind = 'trigger'
             WHERE true""";

    /** Whether an entity of the event (source or target) passes a condition on {@code en}. */
    private static final String ARGUMENT_EXISTS = """
             AND EXISTS (SELECT 1 FROM event_arguments g
                           JOIN entities en ON en.article_id = g.article_id AND en.entity_id = g.entity_id
                          WHERE g.article_id = e.article_id AND g.event_id = e.event_id
                            AND g.role IN ('source', 'target') AND (%s))""";

    private static final String ACTOR_MATCH = """
            en.kb IN (%s) OR upper(en.code) = upper(?)
            OR strip_accents(lower(en.name)) LIKE ? ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = en.article_id AND m.entity_id = en.entity_id
                          AND (strip_accents(lower(m.text)) LIKE ? ESCAPE '\\'
                               OR ' ' || m.name_key || ' ' LIKE ? ESCAPE '\\'))""";

    static final String MERGED = """
            SELECT m.merged_id, m.plover, m.cameo, m.date, m.date_precision,
                   m.source_names || coalesce(' [' || m.source_code || ']', '') AS source,
                   m.target_names || coalesce(' [' || m.target_code || ']', '') AS target,
                   m.location_name AS location, m.mentions, m.articles, m.sources, m.languages, m.first_reported
              FROM merged_events m
             WHERE true""";

    static final String STORIES = """
            SELECT s.story_id, s.first_published, s.last_published, s.languages, s.articles, s.sources, s.events,
                   s.top_entities, s.title
              FROM stories s
             WHERE s.articles >= ?""";

    private final Store store;

    public EventSearch(Store store) {
        this.store = store;
    }

    /**
     * Stories of at least {@code minArticles} articles whose publication span overlaps [from, to] (either
     * may be null), earliest first.
     */
    public ResultTable stories(LocalDate from, LocalDate to, int minArticles, int limit) {
        StringBuilder sql = new StringBuilder(STORIES);
        List<Object> params = new ArrayList<>(List.of(minArticles));
        if (from != null) {
            sql.append(" AND s.last_published >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND s.first_published <= ?");
            params.add(to);
        }
        sql.append(" ORDER BY s.first_published NULLS LAST, s.story_id LIMIT ").append(limit);
        synchronized (store) {
            try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return ResultTable.read(rs, limit);
                }
            } catch (SQLException e) {
                throw new StoreException("story query failed: " + e.getMessage(), e);
            }
        }
    }

    /** The matching events, oldest first. */
    public ResultTable find(EventQuery q) {
        StringBuilder sql = new StringBuilder(q.merged() ? MERGED : REPORTS);
        List<Object> params = new ArrayList<>();
        if (q.merged()) {
            mergedFilters(q, sql, params);
            sql.append(" ORDER BY m.date_first NULLS LAST, m.merged_id");
        } else {
            reportFilters(q, sql, params);
            sql.append(" ORDER BY coalesce(e.date_first, a.published) NULLS LAST, e.article_id, e.event_id");
        }
        sql.append(" LIMIT ").append(q.limit());
        synchronized (store) {
            try (PreparedStatement ps = store.connection().prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return ResultTable.read(rs, q.limit());
                }
            } catch (SQLException e) {
                throw new StoreException("event query failed: " + e.getMessage(), e);
            }
        }
    }

    private static void reportFilters(EventQuery q, StringBuilder sql, List<Object> params) {
        if (q.actor() != null) {
            sql.append(" ").append(ARGUMENT_EXISTS.formatted(actorMatch(q)));
            params.addAll(actorParams(q));
        }
        if (q.country() != null) {
            sql.append(" ").append(ARGUMENT_EXISTS.formatted("upper(en.country) = upper(?)"));
            params.add(q.country());
        }
        if (q.category() != null) {
            categoryFilter(q.category(), "e", sql, params);
        }
        if (q.from() != null) {
            sql.append(" AND coalesce(e.date_last, a.published) >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND coalesce(e.date_first, a.published) <= ?");
            params.add(q.to());
        }
        if (q.factsOnly()) {
            sql.append(" AND e.factuality IN ('asserted', 'reported')");
        }
        if (q.articleIds() != null) {
            sql.append(" AND e.article_id IN (").append(placeholders(q.articleIds().size())).append(")");
            params.addAll(q.articleIds());
        }
    }

    private static void mergedFilters(EventQuery q, StringBuilder sql, List<Object> params) {
        if (q.actor() != null) {
            // Through the reports, so any spelling used by any report finds the merged event.
            sql.append(" AND EXISTS (SELECT 1 FROM event_mentions em JOIN events e"
                    + " ON e.article_id = em.article_id AND e.event_id = em.event_id"
                    + " WHERE em.merged_id = m.merged_id AND em.confirms")
                    .append(" ").append(ARGUMENT_EXISTS.formatted(actorMatch(q))).append(")");
            params.addAll(actorParams(q));
        }
        if (q.country() != null) {
            sql.append(" AND (upper(m.source_country) = upper(?) OR upper(m.target_country) = upper(?))");
            params.addAll(List.of(q.country(), q.country()));
        }
        if (q.category() != null) {
            categoryFilter(q.category(), "m", sql, params);
        }
        if (q.from() != null) {
            sql.append(" AND m.date_last >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND m.date_first <= ?");
            params.add(q.to());
        }
        if (q.articleIds() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_mentions em WHERE em.merged_id = m.merged_id AND em.article_id IN (")
                    .append(placeholders(q.articleIds().size())).append("))");
            params.addAll(q.articleIds());
        }
    }

    private static String actorMatch(EventQuery q) {
        return ACTOR_MATCH.replace("%s", placeholders(1 + q.actorKbIds().size()));
    }

    private static List<Object> actorParams(EventQuery q) {
        List<Object> params = new ArrayList<>();
        params.add(q.actor());
        params.addAll(q.actorKbIds());
        params.add(q.actor());
        String like = "%" + escape(fold(q.actor())) + "%";
        params.add(like);
        params.add(like);
        params.add("% " + escape(NameKey.of(q.actor())) + " %");
        return params;
    }

    private static String escape(String likeText) {
        return likeText.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void categoryFilter(String category, String table, StringBuilder sql, List<Object> params) {
        if (category.matches("\\d+")) {
            sql.append(" AND ").append(table).append(".cameo LIKE ?");
            params.add(category + "%");
        } else {
            sql.append(" AND ").append(table).append(".plover = ?");
            params.add(category.toUpperCase(Locale.ROOT));
        }
    }

    private static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Lower case without accents, as the SQL side folds with strip_accents(lower(...)). */
    static String fold(String s) {
        String decomposed = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    /**
     * Runs one SQL query and returns at most {@code limit} rows. Only queries: the statement must read
     * (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN), and a read-only store refuses writes anyway.
     */
    public ResultTable sql(String query, int limit) {
        String head = query.stripLeading().toUpperCase(Locale.ROOT);
        if (!head.matches("(?s)(SELECT|WITH|FROM|DESCRIBE|SHOW|SUMMARIZE|EXPLAIN|VALUES|TABLE)\\b.*")) {
            throw new IllegalArgumentException("only queries are allowed (SELECT, WITH, FROM, DESCRIBE, SHOW, ...)");
        }
        synchronized (store) {
            try (Statement st = store.connection().createStatement()) {
                st.setMaxRows(limit);
                try (ResultSet rs = st.executeQuery(query)) {
                    return ResultTable.read(rs, limit);
                }
            } catch (SQLException e) {
                throw new StoreException("SQL failed: " + e.getMessage(), e);
            }
        }
    }
}
