package org.annals.time.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.annals.eval.SharedData;
import org.annals.model.TimeExpression;
import org.annals.time.Orientation;
import org.annals.time.RuleTemporalTagger;

/**
 * Scores the rule tagger on the public gold sets under {@code data/dates}: French TimeBank, the Duckling
 * corpora and the Recognizers-Text DateTimeModel specs. Each set gives recall of gold expressions and
 * value accuracy on the recognized ones (exact value at the gold's grain).
 */
public final class TimexEvaluation {

    private static final List<String> DUCKLING_LANGUAGES = List.of("fr", "en", "ru", "de", "uk");

    private final RuleTemporalTagger newsTagger = new RuleTemporalTagger(Orientation.NEAREST);
    private final RuleTemporalTagger assistantTagger = new RuleTemporalTagger(Orientation.FUTURE);

    /** The {@code shared/data/dates} folder near the working directory, or null (as in a user's clone). */
    public static Path findDatesDir() {
        return SharedData.find("data/dates").filter(Files::isDirectory).orElse(null);
    }

    /** All sets found under {@code datesDir}; missing parts are skipped. */
    public List<SetResult> run(Path datesDir) {
        List<SetResult> out = new ArrayList<>();
        try {
            Path timebank = datesDir.resolve("fr-timebank/Data");
            if (Files.isDirectory(timebank)) {
                out.addAll(frenchTimeBank(timebank));
            }
            for (String lang : DUCKLING_LANGUAGES) {
                Path file = datesDir.resolve("duckling/Time_" + lang.toUpperCase(Locale.ROOT) + "_Corpus.hs");
                if (Files.exists(file)) {
                    out.addAll(duckling(file, lang));
                }
            }
            for (String[] spec : new String[][] {{"fr", "French"}, {"en", "English"}}) {
                Path file = datesDir.resolve("recognizers-text/" + spec[1] + "/DateTimeModel.json");
                if (Files.exists(file)) {
                    out.add(recognizers(file, spec[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** French TimeBank: one row per TIMEX3 type (DATE, TIME, DURATION, SET) and one for all of them. */
    public List<SetResult> frenchTimeBank(Path dataDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dataDir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        java.util.Map<String, Tally> byType = new java.util.LinkedHashMap<>();
        for (String type : List.of("DATE", "TIME", "DURATION", "SET")) {
            byType.put(type, new Tally());
        }
        Tally all = new Tally();
        for (Path file : files) {
            TimeBankDocument doc = TimeBankDocument.read(file);
            List<TimeExpression> system = newsTagger.tag(doc.text(), "fr", doc.creationDate());
            for (TimeBankDocument.GoldTimex gold : doc.timexes()) {
                TimeExpression found = overlapping(system, gold.start(), gold.end());
                boolean correct = found != null && ValueMatch.matches(found.value(), gold.value());
                all.add(found != null, correct);
                Tally typed = byType.get(gold.type());
                if (typed != null) {
                    typed.add(found != null, correct);
                }
            }
            for (TimeExpression t : system) {
                all.system++;
                boolean hit = doc.timexes().stream().anyMatch(g -> g.start() < t.end() && t.start() < g.end());
                if (!hit) {
                    all.spurious++;
                }
            }
        }
        List<SetResult> out = new ArrayList<>();
        byType.forEach((type, tally) -> out.add(tally.result("fr-timebank " + type)));
        out.add(all.result("fr-timebank all types"));
        return out;
    }

    /**
     * A Duckling corpus, day-grain-and-coarser instants only, resolved as an assistant would (future):
     * one row with all of them, one without named holidays (Easter, Eid, Diwali...).
     */
    public List<SetResult> duckling(Path corpusFile, String language) throws IOException {
        Tally tally = new Tally();
        Tally withoutHolidays = new Tally();
        for (DucklingExample example : DucklingCorpus.read(corpusFile)) {
            if (!example.dayOrCoarserInstant()) {
                continue;
            }
            List<TimeExpression> system = assistantTagger.tagAt(example.text(), language, example.reference());
            TimeExpression found = system.stream()
                    .max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start())).orElse(null);
            boolean correct = found != null && ValueMatch.matches(found.value(), example.expectedValue());
            tally.add(found != null, correct);
            if (!example.kind().contains("Holiday")) {
                withoutHolidays.add(found != null, correct);
            }
        }
        return List.of(tally.result("duckling-" + language + " day+"),
                withoutHolidays.result("duckling-" + language + " day+ no-holiday"));
    }

    /** Recognizers-Text DateTimeModel spec: cases with a reference time, enabled for .NET. */
    public SetResult recognizers(Path specFile, String language) throws IOException {
        String json = Files.readString(specFile, StandardCharsets.UTF_8);
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        JsonNode cases = new ObjectMapper().readTree(json);
        Tally tally = new Tally();
        for (JsonNode c : cases) {
            String notSupported = c.path("NotSupported").asText("");
            String reference = c.path("Context").path("ReferenceDateTime").asText(null);
            if (reference == null || notSupported.contains("dotnet")) {
                continue;
            }
            String input = c.path("Input").asText();
            List<TimeExpression> system = newsTagger.tagAt(input, language,
                    LocalDateTime.parse(reference).atOffset(java.time.ZoneOffset.UTC));
            for (JsonNode r : c.path("Results")) {
                int start = r.path("Start").asInt();
                int end = r.path("End").asInt() + 1;
                TimeExpression found = overlapping(system, start, end);
                tally.add(found != null, found != null && recognizersValueMatches(found.value(), r));
            }
            for (TimeExpression t : system) {
                tally.system++;
                boolean hit = false;
                for (JsonNode r : c.path("Results")) {
                    hit |= r.path("Start").asInt() < t.end() && t.start() < r.path("End").asInt() + 1;
                }
                if (!hit) {
                    tally.spurious++;
                }
            }
        }
        return tally.result("recognizers-" + language);
    }

    /** The gold offers a timex and, for ambiguous ones, a past and a future value: any may match. */
    private static boolean recognizersValueMatches(String system, JsonNode result) {
        for (JsonNode v : result.path("Resolution").path("values")) {
            String timex = v.path("timex").asText(null);
            if (ValueMatch.matches(system, timex)) {
                return true;
            }
            // a time of day without a date ("T16"): compare the time part of ours
            if (timex != null && timex.startsWith("T") && system != null && system.contains("T")
                    && ValueMatch.matches(system.substring(system.indexOf('T')), timex)) {
                return true;
            }
            String value = v.path("value").asText(null);
            if (value != null && ValueMatch.matches(system, value.replace(' ', 'T'))) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpression overlapping(List<TimeExpression> system, int start, int end) {
        TimeExpression best = null;
        int bestOverlap = 0;
        for (TimeExpression t : system) {
            int overlap = Math.min(end, t.end()) - Math.max(start, t.start());
            if (overlap > bestOverlap) {
                best = t;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** Running counts for one set. */
    private static final class Tally {
        int gold;
        int recognized;
        int correct;
        int system;
        int spurious;

        void add(boolean found, boolean valueCorrect) {
            gold++;
            if (found) {
                recognized++;
            }
            if (valueCorrect) {
                correct++;
            }
        }

        SetResult result(String name) {
            return new SetResult(name, gold, recognized, correct, system, spurious);
        }
    }
}
