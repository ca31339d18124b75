package org.annals.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.kb.KbCandidate;
import org.annals.kb.LayeredKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals kb lookup NAME}: the entity a name (or a role phrase) designates at a date. */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Prints the entity a name designates (id, name, type, country, actor code at the date,"
                + " matched name), or the candidates with their scores when the name is ambiguous. A role"
                + " phrase (\"le dirigeant biélorusse\") gives the holder at the date, a state body and its country"
                + " (\"МИД Беларуси\") the body's actor code. Exit code 1 when unknown.")
public final class KbLookupCommand implements Callable<Integer> {

    /** Candidates scoring at least this share of the best one make the answer ambiguous. */
    private static final double CLOSE = 0.9;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name, as a text writes it.")
    List<String> words;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the event (roles are dated).")
    LocalDate date;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the text (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Mixin
    UserKbOption userKb;

    @Override
    public Integer call() {
        PrintWriter out = KbCommand.out();
        LayeredKnowledgeBase kb = userKb.open();
        String name = String.join(" ", words);
        List<KbCandidate> candidates = kb.lookup(name, lang, date);
        String via = "name";
        if (candidates.isEmpty()) {
            Optional<KbCandidate> holder = kb.holderOf(name, lang, date);
            if (holder.isPresent()) {
                candidates = List.of(holder.get());
                via = "title";
            }
        }
        if (candidates.isEmpty()) {
            Optional<KbCandidate> body = kb.bodyIn(name, lang);
            if (body.isPresent()) {
                candidates = List.of(body.get());
                via = "body";
            }
        }
        double best = candidates.isEmpty() ? 0 : candidates.get(0).score();
        List<KbCandidate> close = candidates.stream().filter(c -> c.score() >= CLOSE * best).toList();
        boolean ambiguous = close.size() > 1;
        if (json) {
            out.println(json(kb, name, via, ambiguous, ambiguous ? close : candidates.stream().limit(1).toList()));
        } else if (candidates.isEmpty()) {
            out.println("unknown: " + name);
        } else if (ambiguous) {
            out.println("ambiguous: " + close.size() + " candidates for \"" + name + "\"");
            for (KbCandidate c : close) {
                out.println("  " + line(kb, c, via));
            }
        } else {
            out.println(line(kb, candidates.get(0), via) + switch (via) {
                case "title" -> "  (holder of the title)";
                case "body" -> "  (a state body named by a common phrase)";
                default -> "";
            });
        }
        out.flush();
        return candidates.isEmpty() ? 1 : 0;
    }

    private static String line(LayeredKnowledgeBase kb, KbCandidate c, String via) {
        return String.format("%s\t%s\t%s\t%s\t%s\tmatched \"%s\"\tscore %.2f\t%s", c.entity().id(), c.entity().name(),
                c.entity().type(), c.entity().country() == null ? "-" : c.entity().country(),
                c.code() == null || c.code().code() == null ? "-" : c.code().code(), c.matchedName(), c.score(),
                origin(kb, c, via));
    }

    /** Curated, imported or learned; a body read from a phrase has no entry behind it. */
    private static String origin(LayeredKnowledgeBase kb, KbCandidate c, String via) {
        return via.equals("body") ? "phrase" : kb.origin(c.entity().id()).map(o -> o.name().toLowerCase()).orElse("?");
    }

    private String json(LayeredKnowledgeBase kb, String name, String via, boolean ambiguous,
            List<KbCandidate> shown) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("query", name);
        root.put("lang", lang);
        root.put("date", date == null ? null : date.toString());
        root.put("found", !shown.isEmpty());
        root.put("ambiguous", ambiguous);
        root.put("via", via);
        ArrayNode list = root.putArray("candidates");
        for (KbCandidate c : shown) {
            ObjectNode node = list.addObject();
            node.put("id", c.entity().id());
            node.put("name", c.entity().name());
            node.put("type", c.entity().type().name());
            node.put("country", c.entity().country());
            node.put("code", c.code() == null ? null : c.code().code());
            node.put("matchedName", c.matchedName());
            node.put("score", Math.round(c.score() * 1000) / 1000.0);
            node.put("origin", origin(kb, c, via));
            node.put("isCountry", kb.isCountry(c.entity()));
        }
        return root.toString();
    }
}
