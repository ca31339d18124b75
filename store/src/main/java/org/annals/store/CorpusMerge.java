package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recomputes a store's {@code merged_events} and {@code event_mentions} from its stored events with an
 * {@link EventMerger}, in one transaction (readers see the old merge or the new one, never half).
 */
public final class CorpusMerge {

    private final EventMerger merger;

    public CorpusMerge(EventMerger merger) {
        this.merger = merger;
    }

    public CorpusMerge() {
        this(new EventMerger());
    }

    /** Merges every stored event report and replaces the merged tables. */
    public MergeSummary run(Store store) {
        synchronized (store) {
            try {
                List<EventMention> mentions = load(store.connection());
                List<MergedEvent> merged = merger.merge(mentions);
                write(store.connection(), merged);
                int facts = (int) mentions.stream().filter(EventMention::fact).count();
                int attached = merged.stream().mapToInt(e -> e.other().size()).sum();
                return new MergeSummary(facts, merged.size(), mentions.size() - facts, attached);
            } catch (SQLException e) {
                throw new StoreException("event merge failed: " + e.getMessage(), e);
            }
        }
    }

    /** Every stored event report with its actors, place, days and article. */
    static List<EventMention> load(Connection c) throws SQLException {
        Map<String, List<ActorRef>> sources = new HashMap<>();
        Map<String, List<ActorRef>> targets = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT g.article_id, g.event_id, g.role, g.entity_id, en.kb, en.name, en.country, en.sector, en.code
                     FROM event_arguments g
                     LEFT JOIN entities en ON en.article_id = g.article_id AND en.entity_id = g.entity_id
                     WHERE g.role IN ('source', 'target')
                     ORDER BY g.article_id, g.event_id, g.role, g.position""")) {
            while (rs.next()) {
                String article = rs.getString(1);
                String key = article + "\u0000" + rs.getString(2);
                ActorRef actor = new ActorRef(
                        ActorRef.keyOf(rs.getString(5), rs.getString(7), rs.getString(8), article, rs.getString(4)),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                (rs.getString(3).equals("source") ? sources : targets)
                        .computeIfAbsent(key, k -> new ArrayList<>()).add(actor);
            }
        }
        List<EventMention> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT e.article_id, e.event_id, e.plover, e.cameo, e.goldstein, e.quad_class,
                            e.date, e.date_precision, e.date_first, e.date_last, e.factuality,
                            a.source, a.lang, a.published, a.ingested_at, a.url,
                            loc.kb, loc.name, loc.entity_id, tr.start_offset, tr.end_offset, tr.text, e.mode
                     FROM events e
                     JOIN articles a ON a.id = e.article_id
                     LEFT JOIN entities loc ON loc.article_id = e.article_id AND loc.entity_id = e.location
                     LEFT JOIN event_evidence tr
                            ON tr.article_id = e.article_id AND tr.event_id = e.event_id AND tr.kind = 'trigger'
                     ORDER BY e.article_id, e.event_id""")) {
            while (rs.next()) {
                String article = rs.getString(1);
                String event = rs.getString(2);
                String key = article + "\u0000" + event;
                LocalDate first = rs.getObject(9, LocalDate.class);
                LocalDate last = rs.getObject(10, LocalDate.class);
                String factuality = rs.getString(11);
                String source = rs.getString(12);
                String outlet = source == null || source.isBlank()
                        ? "article:" + article : "source:" + source.strip().toLowerCase(Locale.ROOT);
                String locationId = rs.getString(19);
                String locationKey = locationId == null ? null
                        : rs.getString(17) != null ? rs.getString(17) : "name:" + lowerOrNull(rs.getString(18));
                Timestamp ingested = rs.getTimestamp(15);
                out.add(new EventMention(article, event, rs.getString(3), rs.getString(4), rs.getString(23),
                        rs.getDouble(5), rs.getInt(6),
                        sources.getOrDefault(key, List.of()), targets.getOrDefault(key, List.of()),
                        locationKey, rs.getString(18), rs.getString(7), rs.getString(8),
                        first == null || last == null ? null : new DateRange(first, last),
                        isFact(factuality), factuality, outlet, rs.getString(13),
                        rs.getObject(14, LocalDate.class), ingested == null ? null : ingested.toLocalDateTime(),
                        rs.getString(16), (Integer) rs.getObject(20), (Integer) rs.getObject(21), rs.getString(22)));
            }
        }
        return out;
    }

    private static boolean isFact(String factuality) {
        return "asserted".equals(factuality) || "reported".equals(factuality);
    }

    private static String lowerOrNull(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static void write(Connection c, List<MergedEvent> merged) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
             PreparedStatement events = c.prepareStatement("INSERT INTO merged_events VALUES ("
                     + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mentions = c.prepareStatement(
                     "INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.execute("DELETE FROM event_mentions");
            st.execute("DELETE FROM merged_events");
            long id = 0;
            for (MergedEvent e : merged) {
                id++;
                EventMention lead = e.lead();
                String cameo = e.cameo();
                EventMention coded = e.confirming().stream().filter(m -> cameo != null && cameo.equals(m.cameo()))
                        .findFirst().orElse(lead);
                int i = 0;
                events.setLong(++i, id);
                events.setString(++i, e.plover());
                events.setString(++i, cameo);
                events.setDouble(++i, coded.goldstein());
                events.setInt(++i, coded.quadClass());
                events.setString(++i, EventMention.keys(lead.sources()));
                events.setString(++i, EventMention.keys(lead.targets()));
                events.setString(++i, names(lead.sources()));
                events.setString(++i, names(lead.targets()));
                events.setString(++i, firstOf(lead.sources(), ActorRef::code));
                events.setString(++i, firstOf(lead.targets(), ActorRef::code));
                events.setString(++i, firstOf(lead.sources(), ActorRef::country));
                events.setString(++i, firstOf(lead.targets(), ActorRef::country));
                events.setString(++i, firstOf(lead.sources(), ActorRef::sector));
                events.setString(++i, firstOf(lead.targets(), ActorRef::sector));
                events.setString(++i, e.locationKey());
                events.setString(++i, e.locationName());
                events.setString(++i, e.date());
                events.setString(++i, e.datePrecision());
                setDate(events, ++i, e.range() == null ? null : e.range().first());
                setDate(events, ++i, e.range() == null ? null : e.range().last());
                events.setInt(++i, e.mentions());
                events.setInt(++i, e.articles());
                events.setInt(++i, e.sources());
                events.setString(++i, e.languages());
                setDate(events, ++i, e.firstReported());
                LocalDateTime ingested = e.firstIngested();
                events.setTimestamp(++i, ingested == null ? null : Timestamp.valueOf(ingested));
                events.setString(++i, e.sourceUrl());
                events.addBatch();
                for (EventMention m : e.confirming()) {
                    addMention(mentions, id, m, true);
                }
                for (EventMention m : e.other()) {
                    addMention(mentions, id, m, false);
                }
            }
            events.executeBatch();
            mentions.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void addMention(PreparedStatement ps, long id, EventMention m, boolean confirms) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, m.articleId());
        ps.setString(3, m.eventId());
        ps.setString(4, m.factuality());
        ps.setBoolean(5, confirms);
        ps.setString(6, m.lang());
        setInt(ps, 7, m.triggerStart());
        setInt(ps, 8, m.triggerEnd());
        ps.setString(9, m.triggerText());
        ps.addBatch();
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static String names(List<ActorRef> actors) {
        return actors.isEmpty() ? null
                : String.join("; ", actors.stream().map(a -> a.name() == null ? "?" : a.name()).toList());
    }

    private static String firstOf(List<ActorRef> actors, java.util.function.Function<ActorRef, String> field) {
        return actors.stream().map(field).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
