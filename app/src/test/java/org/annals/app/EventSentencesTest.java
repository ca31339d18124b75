package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EventRecord;
import org.annals.resources.TsvResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Team-written sentences, one per category and factuality value in each language, coded end to end. */
class EventSentencesTest {

    static Stream<Arguments> sentences() {
        return TsvResource.rows("events/sentences.tsv").stream()
                .map(r -> Arguments.of(r[0], r[2], r[3], r[4], r[5], r[6], r[1], r[7]));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {7}")
    @MethodSource("sentences")
    void codesTheExpectedEvent(String lang, String category, String factuality, String source, String target,
                               String date, String published, String sentence) throws Exception {
        DocumentResult doc = SharedPipeline.get().process(
                new Article("t", sentence, lang, LocalDate.parse(published), null, null, null, "test"));
        if (category.startsWith("!")) {
            // a word that only looks like a trigger: "demonstrated the plane" is no protest
            assertTrue(doc.events().stream().noneMatch(e -> e.plover().equals(category.substring(1))),
                    () -> "unexpected " + category.substring(1) + " event in " + describe(doc));
            return;
        }
        List<EventRecord> candidates = doc.events().stream().filter(e -> e.plover().equals(category)).toList();
        assertTrue(!candidates.isEmpty(), () -> "no " + category + " event in " + describe(doc));
        boolean found = candidates.stream().anyMatch(e -> e.factuality().json().equals(factuality)
                && side(doc, e.source(), source) && side(doc, e.target(), target)
                && (date.equals("*") || (date.equals("-") ? e.date() == null : date.equals(e.date()))));
        assertTrue(found, () -> "expected " + category + " " + factuality + " " + source + " -> " + target
                + " on " + date + " in " + describe(doc));
    }

    private static boolean side(DocumentResult doc, List<String> ids, String expected) {
        if (expected.equals("*")) {
            return true;
        }
        if (expected.equals("-")) {
            return ids.isEmpty();
        }
        for (String id : ids) {
            EntityRecord e = doc.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            boolean allCaps = expected.toUpperCase().equals(expected);
            boolean byCode = allCaps && (expected.length() == 3
                    && (expected.equals(e.country()) || expected.equals(e.sector()))
                    || expected.length() == 6 && expected.equals(e.code()));
            if (byCode || (e.name() != null && e.name().contains(expected))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(DocumentResult doc) {
        StringBuilder b = new StringBuilder();
        for (EventRecord e : doc.events()) {
            b.append("\n  ").append(e.plover()).append(' ').append(e.factuality().json()).append(' ')
                    .append(names(doc, e.source())).append(" -> ").append(names(doc, e.target()))
                    .append(" date=").append(e.date()).append(" trigger=").append(e.trigger().text());
        }
        b.append("\n  entities:");
        for (EntityRecord x : doc.entities()) {
            b.append(' ').append(x.name()).append('[').append(x.code()).append(']');
        }
        return b.toString();
    }

    private static String names(DocumentResult doc, List<String> ids) {
        return ids.stream().map(id -> doc.entities().stream().filter(x -> x.id().equals(id)).findFirst()
                .map(x -> x.name() + "[" + x.code() + "]").orElse(id)).toList().toString();
    }
}
