package org.annals.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.TimeType;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {

    static final String TEXT = "Le Premier ministre portugais a rencontré lundi à Madrid le chef du gouvernement espagnol. "
            + "Selon le ministère, une visite à Lisbonne pourrait suivre.";

    static Span span(String words) {
        int start = TEXT.indexOf(words);
        return Span.of(TEXT, start, start + words.length());
    }

    static DocumentResult sample() {
        EntityRecord pt = new EntityRecord("e1", "annals:test-pt-pm", "Test Prime Minister", EntityType.PERSON,
                "PRT", "GOV", "PRTGOV", List.of(span("Premier ministre portugais")));
        EntityRecord es = new EntityRecord("e2", null, null, EntityType.PERSON, "ESP", "GOV", "ESPGOV",
                List.of(span("chef du gouvernement espagnol")));
        EntityRecord madrid = new EntityRecord("e3", "annals:madrid", "Madrid", EntityType.GPE, "ESP", null, null,
                List.of(span("Madrid")));
        EntityRecord ministry = new EntityRecord("e4", null, "le ministère", EntityType.ORGANIZATION, null, null, null,
                List.of(span("le ministère")));
        int meet = TEXT.indexOf("a rencontré");
        int visit = TEXT.indexOf("une visite");
        EventRecord met = new EventRecord("v1", "CONSULT", "visit", "043", 2.8, 1, List.of("e1"), List.of("e2"), "e3",
                "2022-01-03", "day", Factuality.ASSERTED, null, Span.of(TEXT, meet + 2, meet + 11), Span.of(TEXT, 0, 90), 0.9);
        EventRecord planned = new EventRecord("v2", "CONSULT", null, "042", 1.9, 1, List.of("e2"), List.of(), null,
                null, null, Factuality.HYPOTHETICAL, "e4", Span.of(TEXT, visit + 4, visit + 10), Span.of(TEXT, 91, TEXT.length()), 0.5);
        TimeExpression monday = new TimeExpression(span("lundi").start(), span("lundi").end(), "lundi", "2022-01-03", TimeType.DATE, "day");
        return new DocumentResult(DocumentResult.SCHEMA, "pt-es-talks", "fr", LocalDate.of(2022, 1, 5), null, null, null,
                List.of(pt, es, madrid, ministry), List.of(monday), List.of(met, planned));
    }

    @Test
    void jsonFollowsTheSchemaWithDatesAsStringsAndExplicitNulls() throws IOException {
        StringWriter out = new StringWriter();
        DocumentWriter writer = DocumentWriter.create(OutputFormat.JSON, out);
        writer.write(sample());
        writer.finish();
        String json = out.toString();
        assertTrue(json.startsWith("{\n  \"schema\": \"annals.v1\",\n  \"id\": \"pt-es-talks\","), json);
        JsonNode node = AnnalsJson.mapper().readTree(json);
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("schema", "id", "lang", "published", "title", "url", "source", "entities", "times", "events"), fields);
        assertEquals("2022-01-05", node.get("published").textValue());
        assertTrue(node.get("title").isNull());
        JsonNode event = node.get("events").get(0);
        List<String> eventFields = new ArrayList<>();
        event.fieldNames().forEachRemaining(eventFields::add);
        assertEquals(List.of("id", "plover", "mode", "cameo", "goldstein", "quadClass", "source", "target", "location",
                "date", "datePrecision", "factuality", "attribution", "trigger", "sentence", "confidence"), eventFields);
        assertEquals("asserted", event.get("factuality").textValue());
        assertEquals("rencontré", event.get("trigger").get("text").textValue());
        assertEquals(List.of("start", "end", "text"), names(event.get("trigger").fieldNames()));
        assertTrue(node.get("events").get(1).get("date").isNull());
        assertTrue(node.get("entities").get(1).get("kb").isNull());
        assertEquals(List.of("start", "end", "text", "value", "type", "precision"), names(node.get("times").get(0).fieldNames()));
    }

    @Test
    void jsonReadsBackToTheSameDocument() throws IOException {
        StringWriter out = new StringWriter();
        new JsonDocumentWriter(out, true).write(sample());
        assertEquals(sample(), AnnalsJson.mapper().readValue(out.toString(), DocumentResult.class));
    }

    @Test
    void jsonlWritesOneLinePerDocument() throws IOException {
        StringWriter out = new StringWriter();
        DocumentWriter writer = DocumentWriter.create(OutputFormat.JSONL, out);
        writer.write(sample());
        writer.write(sample());
        String[] lines = out.toString().split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        assertEquals(sample(), AnnalsJson.mapper().readValue(lines[1], DocumentResult.class));
    }

    @Test
    void tableShowsNamesNotIds() throws IOException {
        StringWriter out = new StringWriter();
        DocumentWriter writer = DocumentWriter.create(OutputFormat.TABLE, out);
        writer.write(sample());
        writer.write(new DocumentResult(DocumentResult.SCHEMA, "empty", null, null, null, null, null,
                List.of(), List.of(), List.of()));
        String actual = out.toString();
        // Column widths follow the content; check cells rather than exact spacing where widths depend on caps.
        String[] lines = actual.split("\n");
        assertEquals("== pt-es-talks · fr · published 2022-01-05 · 2 events", lines[0]);
        assertTrue(lines[1].startsWith("CATEGORY         CAMEO  SOURCE"), lines[1]);
        assertTrue(lines[2].startsWith("CONSULT (visit)  043    Test Prime Minister"), lines[2]);
        assertTrue(lines[2].contains("chef du gouvernement espagnol") && lines[2].contains("2022-01-03")
                && lines[2].contains("Madrid") && lines[2].endsWith("\"rencontré\""), lines[2]);
        assertTrue(lines[3].contains("hypothetical, per le ministère") && lines[3].endsWith("\"visite\""), lines[3]);
        assertEquals(lines[1].indexOf("TRIGGER"), lines[2].indexOf("\"rencontré\""), "columns line up");
        assertEquals(lines[1].indexOf("TRIGGER"), lines[3].indexOf("\"visite\""), "columns line up");
        assertEquals("", lines[4]);
        assertEquals("== empty · language unknown · publication date unknown · 0 events", lines[5]);
        assertEquals("(no events)", lines[6]);
    }

    private static List<String> names(Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
