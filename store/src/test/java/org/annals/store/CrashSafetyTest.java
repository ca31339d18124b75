package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process (SIGKILL, as kill -9) at random moments, then checks that every stored article is
 * whole, and that finishing the run stores each article exactly once.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 400;

    @Test
    void killedWritesLeaveWholeArticlesAndResumeWithoutDoubles(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        long killedAt = 0;
        for (int round = 0; round < 3; round++) {
            Process writer = start(dir);
            // Let the writer store a random number of articles, then kill it mid-stream: counting its
            // progress lines (not sleeping) keeps the kill mid-run on a fast or a loaded machine.
            int target = 5 + random.nextInt(60);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int seen = 0;
                String line;
                while (seen < target && (line = out.readLine()) != null) {
                    if (line.startsWith("stored ")) {
                        seen++;
                    }
                }
                writer.destroyForcibly();
            }
            writer.waitFor(30, TimeUnit.SECONDS);
            killedAt = assertWhole(dir);
        }
        assertTrue(killedAt > 0 && killedAt < ARTICLES, "the kills fell mid-run (" + killedAt + " stored)");
        Process last = start(dir);
        String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "writer finishes");
        assertEquals(0, last.exitValue(), output);
        try (Store store = Store.open(dir)) {
            assertEquals(ARTICLES, store.count("articles"));
            assertEquals(ARTICLES, store.count("events"));
            assertEquals(2L * ARTICLES, store.count("entities"));
        }
        assertWhole(dir);
    }

    private static Process start(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                dir.toString(), Integer.toString(ARTICLES)).redirectErrorStream(true).start();
    }

    /** Every stored article has all its rows, and nothing belongs to an article that is not stored. */
    private static long assertWhole(Path dir) throws Exception {
        try (Store store = Store.open(dir); Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT (SELECT count(*) FROM articles),
                            (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions),
                            (SELECT count(*) FROM events), (SELECT count(*) FROM event_arguments),
                            (SELECT count(*) FROM event_evidence),
                            (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles))""")) {
            rs.next();
            long articles = rs.getLong(1);
            assertEquals(2 * articles, rs.getLong(2), "entities");
            assertEquals(2 * articles, rs.getLong(3), "mentions");
            assertEquals(articles, rs.getLong(4), "events");
            assertEquals(2 * articles, rs.getLong(5), "arguments");
            assertEquals(2 * articles, rs.getLong(6), "evidence");
            assertEquals(0, rs.getLong(7), "orphan events");
            return articles;
        }
    }
}
