package org.annals.time;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.time.eval.TimexEvaluation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Prints the tagging time of a 5,000-character article; a measurement, not an assertion. */
class TaggingSpeedTest {

    /** CPU time of this thread: the machine is shared, wall-clock time would measure the neighbours. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String PARAGRAPH = "Le 7 janvier, le président biélorusse a eu une conversation téléphonique "
            + "avec son homologue, qu'il avait rencontré le 28 décembre à Saint-Pétersbourg. Depuis 2010, les deux "
            + "hommes se voient régulièrement ; la semaine prochaine, une délégation doit se rendre à Minsk pour trois "
            + "jours de discussions économiques. Hier, des manifestations de masse ont eu lieu dans plusieurs villes, "
            + "et les autorités ont annoncé un couvre-feu à partir de 23 heures. ";

    @Test
    void measuresAFiveThousandCharacterArticle() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5000) {
            sb.append(PARAGRAPH);
        }
        String article = sb.substring(0, 5000);
        RuleTemporalTagger tagger = new RuleTemporalTagger();
        LocalDate anchor = LocalDate.of(2022, 1, 7);
        for (String lang : new String[] {"fr", "en", "ru", "de", "es", "it"}) {
            for (int i = 0; i < 50; i++) {
                tagger.tag(article, lang, anchor);
            }
            int runs = 100;
            long t0 = CPU.getCurrentThreadCpuTime();
            int found = 0;
            for (int i = 0; i < runs; i++) {
                found = tagger.tag(article, lang, anchor).size();
            }
            double micros = (CPU.getCurrentThreadCpuTime() - t0) / 1000.0 / runs;
            System.out.printf("tagging 5,000 chars with the %s grammar: %.0f µs CPU per article (%d expressions)%n",
                    lang, micros, found);
        }
        assertFalse(tagger.tag(article, "fr", anchor).isEmpty());
    }

    /** Real news from ../shared/data/bench-news, when present: throughput per language. */
    @Test
    void measuresBenchNews() throws IOException {
        Path dates = TimexEvaluation.findDatesDir();
        Path news = dates == null ? null : dates.resolveSibling("bench-news/news.jsonl");
        Assumptions.assumeTrue(news != null && Files.exists(news), "bench-news not found: measurement skipped");
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String[]>> byLanguage = new LinkedHashMap<>();
        for (String line : Files.readAllLines(news)) {
            JsonNode d = json.readTree(line);
            byLanguage.computeIfAbsent(d.path("lang").asText(), k -> new ArrayList<>())
                    .add(new String[] {d.path("text").asText(), d.path("date").asText(null)});
        }
        RuleTemporalTagger tagger = new RuleTemporalTagger();
        for (Map.Entry<String, List<String[]>> e : byLanguage.entrySet()) {
            long chars = 0;
            int found = 0;
            for (int round = 0; round < 2; round++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                chars = 0;
                found = 0;
                for (String[] doc : e.getValue()) {
                    LocalDate anchor = doc[1] == null || doc[1].equals("null") ? null : LocalDate.parse(doc[1]);
                    found += tagger.tag(doc[0], e.getKey(), anchor).size();
                    chars += doc[0].length();
                }
                if (round == 1) {
                    double seconds = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
                    System.out.printf("bench-news %s: %d articles, %d chars, %d expressions, %.0f µs CPU per 5,000 chars%n",
                            e.getKey(), e.getValue().size(), chars, found, seconds * 1e6 / chars * 5000);
                }
            }
        }
    }
}
