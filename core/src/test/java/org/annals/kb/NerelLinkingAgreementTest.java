package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real Russian news text: NEREL mentions of people, countries and organizations that annotators linked to
 * Wikidata. Without a Wikidata mapping in the KB, this measures agreement: mentions of one Wikidata item
 * should reach one KB entity (inflected forms included), and no KB entity should take two items.
 * Skips when ../shared is absent.
 */
class NerelLinkingAgreementTest {

    private static final Set<String> TYPES = Set.of("PERSON", "COUNTRY", "ORGANIZATION", "CITY");

    private record Mention(String type, String text, String wikidata) {
    }

    private static Optional<Path> nerel() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared/data/ner-ru/NEREL/NEREL-v1.1");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void mentionsOfOneWikidataItemReachOneEntity() throws IOException {
        Optional<Path> root = nerel();
        Assumptions.assumeTrue(root.isPresent(), "NEREL not found under ../shared: skipped");
        List<Mention> mentions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.get())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ann")).toList()) {
                mentions.addAll(read(file));
            }
        }
        KnowledgeBase kb = KnowledgeBases.standard();
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<Mention, String> resolved = new HashMap<>();
        int linkedMentions = 0;
        for (Mention m : mentions) {
            linkedMentions++;
            List<KbCandidate> found = kb.lookup(m.text(), "ru", null);
            if (!found.isEmpty()) {
                String id = found.get(0).entity().id();
                resolved.put(m, id);
                votes.computeIfAbsent(m.wikidata(), k -> new HashMap<>()).merge(id, 1, Integer::sum);
            }
        }
        Map<String, String> majority = new HashMap<>();
        votes.forEach((qid, counts) -> majority.put(qid,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        int agreeing = 0;
        for (Map.Entry<Mention, String> e : resolved.entrySet()) {
            if (majority.get(e.getKey().wikidata()).equals(e.getValue())) {
                agreeing++;
            }
        }
        Map<String, List<String>> itemsPerEntity = new HashMap<>();
        majority.forEach((qid, id) -> itemsPerEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(qid));
        long crossings = itemsPerEntity.values().stream().filter(l -> l.size() > 1).count();
        double agreement = resolved.isEmpty() ? 1 : agreeing / (double) resolved.size();
        System.out.printf("NEREL: %d linked mentions, %d resolved (%.1f%%), agreement %.1f%%, "
                        + "%d Wikidata items, %d KB entities taking several items: %s%n",
                linkedMentions, resolved.size(), 100.0 * resolved.size() / linkedMentions, 100 * agreement,
                majority.size(), crossings,
                itemsPerEntity.entrySet().stream().filter(e -> e.getValue().size() > 1).limit(8).toList());
        assertTrue(agreement > 0.9, "agreement " + agreement);
    }

    private static List<Mention> read(Path ann) throws IOException {
        Map<String, String[]> spans = new HashMap<>();
        List<String[]> links = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] f = line.split("\t");
            if (f.length >= 3 && f[0].startsWith("T")) {
                String type = f[1].split(" ")[0];
                spans.put(f[0], new String[] {type, f[2]});
            } else if (f.length >= 2 && f[0].startsWith("N")) {
                String[] ref = f[1].split(" ");
                if (ref.length >= 3 && ref[2].startsWith("Wikidata:Q")) {
                    links.add(new String[] {ref[1], ref[2].substring("Wikidata:".length())});
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String[] link : links) {
            String[] span = spans.get(link[0]);
            if (span != null && TYPES.contains(span[0])) {
                mentions.add(new Mention(span[0], span[1], link[1]));
            }
        }
        return mentions;
    }
}
