package org.annals.time.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.*;
import java.time.LocalDateTime;
import java.util.List;
import org.annals.model.TimeExpression;
import org.annals.time.RuleTemporalTagger;
import org.junit.jupiter.api.Test;

class ScratchRec {
    @Test
    void print() throws Exception {
        String lang = System.getProperty("lang", "en");
        String json = Files.readString(Path.of("/work/shared/data/dates/recognizers-text/" + (lang.equals("en") ? "English" : "French") + "/DateTimeModel.json")).substring(1);
        RuleTemporalTagger t = new RuleTemporalTagger();
        int n = 0;
        for (JsonNode c : new ObjectMapper().readTree(json)) {
            String ref = c.path("Context").path("ReferenceDateTime").asText(null);
            if (ref == null || c.path("NotSupported").asText("").contains("dotnet")) continue;
            List<TimeExpression> sys = t.tagAt(c.path("Input").asText(), lang, LocalDateTime.parse(ref).atOffset(java.time.ZoneOffset.UTC));
            for (JsonNode r : c.path("Results")) {
                int s = r.path("Start").asInt(), e = r.path("End").asInt() + 1;
                TimeExpression f = sys.stream().filter(x -> x.start() < e && s < x.end()).findFirst().orElse(null);
                if (f != null && n++ < 80) System.out.println(r.path("Text").asText() + " | " + r.path("Resolution").path("values").get(0) + "  GOT " + f.text() + " = " + f.value());
            }
        }
    }
}
