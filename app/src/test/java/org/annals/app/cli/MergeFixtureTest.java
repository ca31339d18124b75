package org.annals.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.app.SharedPipeline;
import org.annals.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Cross-report merge measured end to end on team-written reports (merge/articles.jsonl, gold in
 * merge/gold.tsv): pairwise precision and recall of "these two articles report the same event".
 */
class MergeFixtureTest {

    @Test
    void reportsOfOneMeetingMergeAndTranslationsCountOnce(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles.jsonl");
        try (InputStream in = getClass().getResourceAsStream("merge/articles.jsonl")) {
            Files.copy(in, articles);
        }
        Map<String, String> gold = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("merge/gold.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    gold.put(f[0], f[1] + "/" + f[2]);
                }
            }
        }
        Path store = dir.resolve("store");
        StoreCommandsTest.captured(() -> {
            assertEquals(0, new CommandLine(new IngestCommand(SharedPipeline::get))
                    .execute("--store", store.toString(), "--threads", "2", articles.toString()));
            return null;
        });

        Set<String> predicted = new HashSet<>();
        Map<String, Integer> sourcesOfE01 = new HashMap<>();
        boolean hypotheticalConfirms;
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT m.merged_id, m.plover, m.sources, list(DISTINCT em.article_id ORDER BY em.article_id)
                      FROM merged_events m JOIN event_mentions em ON em.merged_id = m.merged_id AND em.confirms
                     GROUP BY ALL""")) {
                while (rs.next()) {
                    List<String> ids = new ArrayList<>();
                    for (Object id : (Object[]) rs.getArray(4).getArray()) {
                        ids.add(id.toString());
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        for (int j = i + 1; j < ids.size(); j++) {
                            predicted.add(rs.getString(2) + ":" + ids.get(i) + "|" + ids.get(j));
                        }
                    }
                    if (ids.contains("m01-en-wire") && ids.contains("m01-fr-wire")) {
                        sourcesOfE01.put("E01", rs.getInt(3));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM event_mentions WHERE article_id IN ('m11-fr-hypo', 'm11-de-hypo') AND confirms")) {
                rs.next();
                hypotheticalConfirms = rs.getLong(1) > 0;
            }
        }
        Set<String> expected = new HashSet<>();
        List<String> ids = gold.keySet().stream().sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = gold.get(ids.get(i));
                if (!a.startsWith("-") && a.equals(gold.get(ids.get(j)))) {
                    expected.add(a.substring(a.indexOf('/') + 1) + ":" + ids.get(i) + "|" + ids.get(j));
                }
            }
        }
        long correct = predicted.stream().filter(expected::contains).count();
        double precision = predicted.isEmpty() ? 1 : (double) correct / predicted.size();
        double recall = (double) correct / expected.size();
        System.out.printf(Locale.ROOT, "merge fixture: %d same-event article pairs expected, %d predicted, %d correct:"
                + " precision %.2f, recall %.2f%n", expected.size(), predicted.size(), correct, precision, recall);
        assertEquals(69, expected.size());
        assertTrue(precision >= 0.9, "merge precision " + precision);
        assertTrue(recall >= 0.5, "merge recall " + recall);
        assertEquals(2, sourcesOfE01.getOrDefault("E01", -1),
                "one outlet's English, French and German copies are one source");
        assertTrue(!hypotheticalConfirms, "a hypothetical meeting confirms nothing");
    }
}
