package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes a store's {@code stories} and {@code story_articles} with a {@link StoryClusterer}, from the
 * stored articles, their resolved entities and the merged events they confirm (so it runs after
 * {@link CorpusMerge}), in one transaction.
 */
public final class CorpusStories {

    private final StoryClusterer clusterer;

    public CorpusStories(StoryClusterer clusterer) {
        this.clusterer = clusterer;
    }

    public CorpusStories() {
        this(new StoryClusterer());
    }

    /** Clusters every stored article, replaces the story tables, and returns the stories. */
    public List<Story> run(Store store) {
        synchronized (store) {
            try {
                List<Story> stories = clusterer.cluster(load(store.connection()));
                write(store.connection(), stories);
                return stories;
            } catch (SQLException e) {
                throw new StoreException("story clustering failed: " + e.getMessage(), e);
            }
        }
    }

    /** Every stored article as story clustering sees it. */
    static List<StoryArticle> load(Connection c) throws SQLException {
        Map<String, Set<Long>> events = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT article_id, merged_id FROM event_mentions WHERE confirms")) {
            while (rs.next()) {
                events.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
            }
        }
        Map<String, Map<String, String>> entities = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id, kb, any_value(name) FROM entities"
                     + " WHERE kb IS NOT NULL GROUP BY article_id, kb")) {
            while (rs.next()) {
                entities.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        List<StoryArticle> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, published, lang, source, title FROM articles ORDER BY id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                String source = rs.getString(4);
                // The outlet key of CorpusMerge: one outlet's translations count once.
                String outlet = source == null || source.isBlank()
                        ? "article:" + id : "source:" + source.strip().toLowerCase(Locale.ROOT);
                out.add(new StoryArticle(id, rs.getObject(2, LocalDate.class), rs.getString(3), outlet, rs.getString(5),
                        events.getOrDefault(id, Set.of()), entities.getOrDefault(id, Map.of())));
            }
        }
        return out;
    }

    private static void write(Connection c, List<Story> stories) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement();
             PreparedStatement story = c.prepareStatement("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement member = c.prepareStatement("INSERT INTO story_articles VALUES (?, ?)")) {
            st.execute("DELETE FROM story_articles");
            st.execute("DELETE FROM stories");
            long id = 0;
            for (Story s : stories) {
                id++;
                story.setLong(1, id);
                setDate(story, 2, s.firstPublished());
                setDate(story, 3, s.lastPublished());
                story.setString(4, s.languages().isEmpty() ? null : s.languages());
                story.setInt(5, s.articleIds().size());
                story.setInt(6, s.sources());
                story.setInt(7, s.events());
                story.setString(8, s.topEntities().isEmpty() ? null : String.join("; ", s.topEntities()));
                story.setString(9, s.title());
                story.addBatch();
                for (String article : s.articleIds()) {
                    member.setLong(1, id);
                    member.setString(2, article);
                    member.addBatch();
                }
            }
            story.executeBatch();
            member.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
