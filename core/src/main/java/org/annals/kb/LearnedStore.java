package org.annals.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Learned facts as JSON lines, one observation a line, appended as they are learned (reviewable, greppable). */
public final class LearnedStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public LearnedStore(Path file) {
        this.file = file;
    }

    /** The file the facts live in. */
    public Path file() {
        return file;
    }

    /** All facts of the file, in the order learned; none when the file is absent. Bad lines are skipped. */
    public List<LearnedFact> readAll() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<LearnedFact> facts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    facts.add(fromJson(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    // A hand-edited line gone wrong must not stop the KB from loading; the rest stays usable.
                    System.err.println("annals: skipping bad line in " + file + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return facts;
    }

    /** Appends one fact (creates the directory and file when needed). */
    public synchronized void append(LearnedFact fact) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toJson(fact) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** One fact as a one-line JSON object. */
    public static String toJson(LearnedFact fact) {
        ObjectNode node = JSON.createObjectNode();
        node.put("entity", fact.entityId());
        node.put("name", fact.name());
        node.put("canonicalName", fact.canonicalName());
        node.put("country", fact.country());
        node.put("kind", fact.kind());
        node.put("former", fact.former());
        node.put("code", fact.code() == null ? null : fact.code().code());
        node.put("date", fact.date() == null ? null : fact.date().toString());
        node.put("title", fact.titlePhrase());
        node.put("lang", fact.language());
        if (fact.evidence() != null) {
            ObjectNode evidence = node.putObject("evidence");
            evidence.put("article", fact.evidence().articleId());
            evidence.put("start", fact.evidence().start());
            evidence.put("end", fact.evidence().end());
            evidence.put("text", fact.evidence().text());
        }
        return node.toString();
    }

    private static LearnedFact fromJson(JsonNode node) {
        JsonNode ev = node.path("evidence");
        Evidence evidence = ev.isMissingNode() || ev.isNull() ? null : new Evidence(text(ev, "article"),
                ev.path("start").asInt(-1), ev.path("end").asInt(-1), text(ev, "text"));
        String date = text(node, "date");
        return new LearnedFact(text(node, "entity"), text(node, "name"), text(node, "canonicalName"),
                text(node, "country"), text(node, "kind"), node.path("former").asBoolean(false),
                ActorCodes.parse(text(node, "code")), date == null ? null : LocalDate.parse(date),
                text(node, "title"), text(node, "lang"), evidence);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
