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
import org.annals.eval.SharedData;
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
        return SharedData.find("data/ner-ru/NEREL/NEREL-v1.1").filter(Files::isDirectory);
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
        List<String> resolvedIds = new ArrayList<>();
        int linkedMentions = 0;
        for (Mention m : mentions) {
            linkedMentions++;
            List<KbCandidate> found = kb.lookup(m.text(), "ru", null);
            resolvedIds.add(found.isEmpty() ? null : found.get(0).entity().id());
            if (!found.isEmpty()) {
                String id = found.get(0).entity().id();
                votes.computeIfAbsent(m.wikidata(), k -> new HashMap<>()).merge(id, 1, Integer::sum);
            }
        }
        Map<String, String> majority = new HashMap<>();
        votes.forEach((qid, counts) -> majority.put(qid,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        int agreeing = 0;
        int resolvedTotal = 0;
        for (int i = 0; i < mentions.size(); i++) {
            String id = resolvedIds.get(i);
            if (id != null) {
                resolvedTotal++;
                if (majority.get(mentions.get(i).wikidata()).equals(id)) {
                    agreeing++;
                }
            }
        }
        Map<String, List<String>> itemsPerEntity = new HashMap<>();
        majority.forEach((qid, id) -> itemsPerEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(qid));
        long crossings = itemsPerEntity.values().stream().filter(l -> l.size() > 1).count();
        double agreement = resolvedTotal == 0 ? 1 : agreeing / (double) resolvedTotal;
        System.out.printf("NEREL: %d linked mentions, %d resolved (%.1f%%), agreement %.1f%%, "
                        + "%d Wikidata items, %d KB entities taking several items: %s%n",
                linkedMentions, resolvedTotal, 100.0 * resolvedTotal / linkedMentions, 100 * agreement,
                majority.size(), crossings,
                itemsPerEntity.entrySet().stream().filter(e -> e.getValue().size() > 1).limit(8).toList());
        assertTrue(agreement > 0.9, "agreement " + agreement);

        // Ground truth where the KB carries the Wikidata id: accuracy, and wrong-entity rate.
        CuratedKnowledgeBase curated = KnowledgeBases.standard();
        int gold = 0;
        int right = 0;
        int wrong = 0;
        int resolvedCount = 0;
        List<String> errors = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Optional<KbEntity> expected = curated.byExternalId("wikidata:" + m.wikidata());
            String got = resolvedIds.get(i);
            if (got != null) {
                resolvedCount++;
            }
            if (expected.isPresent()) {
                gold++;
                if (expected.get().id().equals(got)) {
                    right++;
                } else if (misses.size() < 40) {
                    misses.add(m.type() + ":" + m.text() + "→" + got);
                }
            }
            boolean gotIsLinked = got != null && !curated.externalIds(got).isEmpty();
            if (gotIsLinked && (expected.isEmpty() || !expected.get().id().equals(got))) {
                wrong++;
                if (errors.size() < 10) {
                    errors.add(m.text() + "=" + m.wikidata() + "→" + got);
                }
            }
        }
        System.out.printf("NEREL gold (mentions of KB entities with a Wikidata id): %d, accuracy %.1f%%; "
                        + "wrong-entity %d of %d resolved mentions (%.2f%%) %s%n",
                gold, 100.0 * right / Math.max(1, gold), wrong, resolvedCount,
                100.0 * wrong / Math.max(1, resolvedCount), errors);
        System.out.println("NEREL misses (sample): " + misses);
        assertTrue(gold == 0 || right >= 0.8 * gold, "accuracy too low");
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
