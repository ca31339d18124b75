package org.annals.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annals.io.AnnalsJson;
import org.annals.model.TimeExpression;
import org.annals.time.Orientation;
import org.annals.time.RuleTemporalTagger;
import org.annals.time.TimeMention;
import org.annals.time.TimeModifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annals timex}: one text per line on stdin, one JSON line of time expressions per text on stdout. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = {"Finds and normalizes the time expressions of each line of standard input and writes one"
                + " JSON line per input line: {\"text\":..., \"times\":[{\"start\",\"end\",\"text\",\"value\","
                + "\"type\",\"precision\",\"modifier\"?}]}.",
                "Without --dct, anchored expressions stay unresolved (\"XXXX-01-07\")."})
public final class TimexCommand implements Callable<Integer> {

    @Option(names = "--lang", required = true, paramLabel = "L",
            description = "Language of the texts: fr, en, ru, de, es, it or uk.")
    String lang;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD[THH:MM[±HH:MM]]",
            description = "Document creation time that relative expressions resolve against.")
    String dct;

    @Option(names = "--orientation", defaultValue = "nearest", paramLabel = "WAY",
            description = "Where underspecified dates (\"Tuesday\", \"28 December\") fall: nearest to the DCT (news),"
                    + " past or future (assistants, as Duckling) (default: ${DEFAULT-VALUE}).")
    String orientation;

    @Spec
    CommandSpec spec;

    private final InputStream input;

    /** Reads standard input. */
    public TimexCommand() {
        this(System.in);
    }

    /** Reads {@code input} instead of standard input (tests, embedding). */
    public TimexCommand(InputStream input) {
        this.input = input;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Orientation lean;
        try {
            lean = Orientation.valueOf(orientation.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("annals: --orientation must be nearest, past or future, got '" + orientation + "'");
            return 2;
        }
        RuleTemporalTagger tagger = new RuleTemporalTagger(lean);
        if (!tagger.supports(lang)) {
            err.println("annals: no time grammar for language '" + lang + "' (known: fr, en, ru, de, es, it, uk)");
            return 2;
        }
        LocalDateTime anchor;
        try {
            anchor = parseAnchor(dct);
        } catch (DateTimeParseException e) {
            err.println("annals: --dct must be YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM±HH:MM, got '" + dct + "'");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = AnnalsJson.mapper();
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            out.println(jsonLine(mapper, tagger, line, anchor));
        }
        out.flush();
        return 0;
    }

    private String jsonLine(ObjectMapper mapper, RuleTemporalTagger tagger, String text, LocalDateTime anchor)
            throws JsonProcessingException {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", text);
        ArrayNode times = node.putArray("times");
        for (TimeMention mention : tagger.mentionsAt(text, lang, anchor)) {
            TimeExpression t = mention.expression();
            ObjectNode time = times.addObject();
            time.put("start", t.start());
            time.put("end", t.end());
            time.put("text", t.text());
            time.put("value", t.value());
            time.put("type", t.type() == null ? null : t.type().name());
            time.put("precision", t.precision());
            if (mention.modifier() != TimeModifier.NONE) {
                time.put("modifier", mention.modifier().name());
            }
        }
        return mapper.writeValueAsString(node);
    }

    /**
     * The anchor of {@code --dct}: a date is taken at midnight; the UTC offset of a date-time only says where
     * the clock hangs, the local time is what expressions count from.
     */
    static LocalDateTime parseAnchor(String dct) {
        if (dct == null) {
            return null;
        }
        if (dct.length() == 10) {
            return LocalDate.parse(dct).atStartOfDay();
        }
        if (dct.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
            return OffsetDateTime.parse(dct).toLocalDateTime();
        }
        return LocalDateTime.parse(dct);
    }
}
