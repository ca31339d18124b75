package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EventRecord;
import org.annals.ontology.Plover;

/**
 * Scores event coding against the PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}): one
 * English sentence per record with its category, source and target actor codes.
 *
 * <p>Per record, the gold category is a true positive when some factual predicted event has it; each
 * other predicted category is a false positive. For category + actors, the predicted event of the gold
 * category must also match on both sides: a side matches when gold and prediction share a country
 * code, or both are empty. Compound actors coded on both sides (a gold record with sources only) are
 * compared with the union of predicted sources and targets. PLOVER 0.5 labels map to 2.0 (DEMAND →
 * REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT, INVESTIGATE → ACCUSE), and the GSR's legacy CAMEO
 * country codes (JAP, ITL) to ISO.
 */
public final class PloverGsrEvaluation {

    /** The GSR file name inside its folder. */
    public static final String FILE = "PLOVER_GSR_CAMEO.txt";

    private static final Map<String, String> LEGACY_CODES = Map.of("JAP", "JPN", "ITL", "ITA");

    /** One gold record. */
    public record GoldRecord(String id, String text, Plover category, Set<String> sources, Set<String> targets) {
    }

    /**
     * What was coded for one record.
     *
     * @param predicted every event coded, as "CATEGORY SRC>TGT" with the actors' countries (and the
     *     factuality when not a fact)
     */
    public record Outcome(GoldRecord gold, boolean categoryRight, boolean actorsRight, List<String> predicted) {

        /** One line per record: right/wrong marks, gold, prediction and the sentence. */
        public String describe() {
            return String.format(Locale.ROOT, "%s %s%s gold %s %s>%s | coded %s | %s", gold.id(),
                    categoryRight ? "C" : "-", actorsRight ? "A" : "-", gold.category(),
                    String.join(",", gold.sources()), String.join(",", gold.targets()),
                    predicted.isEmpty() ? "nothing" : String.join("; ", predicted), gold.text());
        }
    }

    /** Scores per category for both slots, the micro averages, and each record's outcome. */
    public record Result(int records, Map<Plover, Score> category, Map<Plover, Score> categoryActors,
            List<Outcome> outcomes) {

        public Score microCategory() {
            return category.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        }

        public Score microCategoryActors() {
            return categoryActors.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        }
    }

    /** Reads the gold records of {@code dir/PLOVER_GSR_CAMEO.txt}, skipping the documentation record. */
    public static List<GoldRecord> read(Path dir) throws IOException {
        Path file = Files.isDirectory(dir) ? dir.resolve(FILE) : dir;
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<GoldRecord> out = new ArrayList<>();
        for (JsonNode r : root) {
            Optional<Plover> category = Plover.parse(r.path("event").asText(null));
            if (category.isEmpty() || !r.hasNonNull("text")) {
                continue;
            }
            out.add(new GoldRecord(r.path("id").asText(), r.path("text").asText(), category.get(),
                    codes(r.get("source")), codes(r.get("target"))));
        }
        return out;
    }

    private static Set<String> codes(JsonNode side) {
        Set<String> out = new HashSet<>();
        if (side != null && side.isArray()) {
            for (JsonNode actor : side) {
                String code = actor.path("code").asText("").trim().toUpperCase(Locale.ROOT);
                if (!code.isEmpty()) {
                    out.add(LEGACY_CODES.getOrDefault(code, code));
                }
            }
        }
        return out;
    }

    /** Runs {@code coder} on every record's sentence and scores the result. */
    public static Result evaluate(List<GoldRecord> gold, Function<Article, DocumentResult> coder) {
        Map<Plover, Score> category = new EnumMap<>(Plover.class);
        Map<Plover, Score> actors = new EnumMap<>(Plover.class);
        for (Plover p : Plover.values()) {
            category.put(p, new Score(0, 0, 0));
            actors.put(p, new Score(0, 0, 0));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (GoldRecord g : gold) {
            Article article = new Article(g.id(), g.text(), "en", null, null, null, null, g.id());
            DocumentResult doc = coder.apply(article);
            List<EventRecord> facts = doc.events().stream().filter(e -> e.factuality().isFact()).toList();
            Set<Plover> predicted = new HashSet<>();
            for (EventRecord e : facts) {
                Plover.parse(e.plover()).ifPresent(predicted::add);
            }
            for (Plover p : predicted) {
                if (p != g.category()) {
                    category.merge(p, new Score(0, 1, 0), Score::plus);
                    actors.merge(p, new Score(0, 1, 0), Score::plus);
                }
            }
            boolean matched = false;
            if (predicted.contains(g.category())) {
                category.merge(g.category(), new Score(1, 0, 0), Score::plus);
                matched = facts.stream()
                        .filter(e -> Plover.parse(e.plover()).orElse(null) == g.category())
                        .anyMatch(e -> actorsMatch(g, e, doc));
                actors.merge(g.category(), matched ? new Score(1, 0, 0) : new Score(0, 1, 1), Score::plus);
            } else {
                category.merge(g.category(), new Score(0, 0, 1), Score::plus);
                actors.merge(g.category(), new Score(0, 0, 1), Score::plus);
            }
            outcomes.add(new Outcome(g, predicted.contains(g.category()), matched,
                    doc.events().stream().map(e -> summary(e, doc)).toList()));
        }
        return new Result(gold.size(), category, actors, List.copyOf(outcomes));
    }

    private static String summary(EventRecord e, DocumentResult doc) {
        return e.plover() + " " + String.join(",", countries(e.source(), doc)) + ">"
                + String.join(",", countries(e.target(), doc))
                + (e.factuality().isFact() ? "" : " (" + e.factuality().json() + ")");
    }

    private static boolean actorsMatch(GoldRecord g, EventRecord e, DocumentResult doc) {
        Set<String> src = countries(e.source(), doc);
        Set<String> tgt = countries(e.target(), doc);
        if (g.targets().isEmpty()) {
            Set<String> all = new HashSet<>(src);
            all.addAll(tgt);
            return side(g.sources(), all.isEmpty() ? src : all);
        }
        return side(g.sources(), src) && side(g.targets(), tgt);
    }

    private static boolean side(Set<String> gold, Set<String> predicted) {
        if (gold.isEmpty()) {
            return predicted.isEmpty();
        }
        for (String p : predicted) {
            if (gold.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> countries(List<String> ids, DocumentResult doc) {
        Set<String> out = new HashSet<>();
        for (String id : ids) {
            for (EntityRecord e : doc.entities()) {
                if (e.id().equals(id) && e.country() != null) {
                    out.add(e.country());
                }
            }
        }
        return out;
    }
}
