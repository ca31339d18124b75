package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How many place names of real annotated news get a country from the KB and the gazetteer together: the event
 * locations of the PLOVER gold-standard records (English) and the city and region mentions of NEREL (Russian,
 * declined forms included). Skips when ../shared is absent.
 */
class GazetteerCoverageTest {

    private final KnowledgeBase kb = KnowledgeBases.standard();
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void ploverEventLocations() throws IOException {
        Optional<Path> file = SharedData.find("data/plover-gsr/PLOVER_GSR_CAMEO.txt");
        Assumptions.assumeTrue(file.isPresent(), "PLOVER GSR not found under ../shared: skipped");
        int total = 0;
        int byKb = 0;
        int byGazetteer = 0;
        for (JsonNode record : new ObjectMapper().readTree(file.get().toFile())) {
            JsonNode location = record.get("eventLoc");
            if (location == null) {
                continue;
            }
            String name = location.get("name").asText();
            total++;
            if (kb.countryOf(name, "en").isPresent()) {
                byKb++;
            } else if (gazetteer.countryOf(name, "en").isPresent()) {
                byGazetteer++;
            }
        }
        System.out.printf("PLOVER GSR event locations: %d, KB answers %d, the gazetteer %d more (%.0f%% together)%n",
                total, byKb, byGazetteer, 100.0 * (byKb + byGazetteer) / total);
        assertTrue(byKb + byGazetteer >= total * 0.85, "too few locations get a country");
    }

    @Test
    void nerelCityAndRegionMentions() throws IOException {
        Optional<Path> root = SharedData.find("data/ner-ru/NEREL/NEREL-v1.1").filter(Files::isDirectory);
        Assumptions.assumeTrue(root.isPresent(), "NEREL not found under ../shared: skipped");
        int total = 0;
        int byKb = 0;
        int byGazetteer = 0;
        try (Stream<Path> files = Files.walk(root.get())) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).toList()) {
                for (String line : Files.readAllLines(ann)) {
                    String[] f = line.split("\t");
                    if (f.length < 3 || !f[0].startsWith("T")) {
                        continue;
                    }
                    String type = f[1].split(" ")[0];
                    if (!type.equals("CITY") && !type.equals("STATE_OR_PROVINCE")
                            || !Character.isUpperCase(f[2].codePointAt(0))) {
                        continue; // adjectives ("московского") are not names
                    }
                    total++;
                    if (kb.countryOf(f[2], "ru").isPresent()) {
                        byKb++;
                    } else if (gazetteer.countryOf(f[2], "ru").isPresent()) {
                        byGazetteer++;
                    }
                }
            }
        }
        System.out.printf("NEREL city and region names: %d, KB answers %d, the gazetteer %d more (%.0f%% together)%n",
                total, byKb, byGazetteer, 100.0 * (byKb + byGazetteer) / total);
        assertTrue(byKb + byGazetteer >= total * 0.5, "too few city and region names get a country");
    }
}
