package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.annals.eval.SharedData;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.model.EventRecord;
import org.annals.model.Factuality;
import org.annals.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example of DESIGN.md: what a user must see when Annals reads ../shared/seed/seed-fr.txt. */
class SeedArticleTest {

    private static DocumentResult doc;
    private static String text;

    @BeforeAll
    static void read() throws Exception {
        Optional<Path> seed = SharedData.find("seed/seed-fr.txt");
        assumeTrue(seed.isPresent(), "../shared/seed/seed-fr.txt is absent: skipping the seed article test");
        text = Files.readString(seed.get(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        doc = SharedPipeline.get().process(new Article("seed-fr", text, null, LocalDate.of(2022, 1, 7),
                null, null, null, "seed-fr.txt"));
    }

    @Test
    void fourSpellingsReachTwoEntities() {
        EntityRecord lukashenko = entity("Alexander Lukashenko");
        EntityRecord nazarbayev = entity("Nursultan Nazarbayev");
        List<String> luka = lukashenko.mentions().stream().map(Span::text).toList();
        List<String> naza = nazarbayev.mentions().stream().map(Span::text).toList();
        assertTrue(luka.stream().anyMatch(m -> m.contains("Loukachenko")), luka.toString());
        assertTrue(luka.stream().anyMatch(m -> m.contains("Loukachenka")), luka.toString());
        assertTrue(naza.stream().anyMatch(m -> m.contains("Nazarbaïev")), naza.toString());
        assertTrue(naza.stream().anyMatch(m -> m.contains("Nazarbayev")), naza.toString());
        assertEquals("BLR", lukashenko.country());
        assertEquals("KAZ", nazarbayev.country());
    }

    @Test
    void telephoneConsultationReportedByThePressService() {
        EventRecord call = event(e -> e.plover().equals("CONSULT") && e.cameo().startsWith("04")
                && involves(e, "Alexander Lukashenko") && involves(e, "Nursultan Nazarbayev")
                && "2022-01-07".equals(e.date()));
        assertEquals(Factuality.REPORTED, call.factuality());
        assertNotNull(call.attribution(), "the press service reports the call");
        EntityRecord reporter = byId(call.attribution());
        assertTrue(reporter.name().toLowerCase().contains("presse") || reporter.name().contains("press"),
                reporter.name());
        // "ont discuté de la situation au Kazakhstan": what they discussed is no participant.
        List<String> sides = new ArrayList<>(call.source());
        sides.addAll(call.target());
        assertEquals(List.of("Alexander Lukashenko", "Nursultan Nazarbayev"),
                sides.stream().map(id -> byId(id).name()).sorted().toList());
    }

    @Test
    void meetingWithPutinInSaintPetersburg() {
        EventRecord meeting = event(e -> e.plover().equals("CONSULT") && involves(e, "Vladimir Putin")
                && involves(e, "Nursultan Nazarbayev"));
        assertEquals("2021-12-28", meeting.date());
        assertNotNull(meeting.location(), "the meeting has a place");
        assertTrue(byId(meeting.location()).name().contains("Petersburg"), byId(meeting.location()).name());
    }

    @Test
    void protestsInKazakhstan() {
        EventRecord protest = event(e -> e.plover().equals("PROTEST"));
        String place = protest.location() == null ? null : byId(protest.location()).country();
        boolean kazakh = "KAZ".equals(place) || protest.source().stream().anyMatch(s -> "KAZ".equals(byId(s).country()));
        assertTrue(kazakh, "a protest in Kazakhstan");
        // DESIGN.md: the protesters (KAZ) protest; "manifestations de masse" implies them.
        assertTrue(protest.source().stream().map(SeedArticleTest::byId)
                .anyMatch(s -> "KAZ".equals(s.country()) && "OPP".equals(s.sector())), protest.source().toString());
    }

    @Test
    void protestersBeheadedKazakhPoliceOfficers() {
        EventRecord attack = event(e -> e.plover().equals("ASSAULT") && e.trigger().text().startsWith("décapit"));
        assertTrue(attack.target().stream().map(SeedArticleTest::byId)
                .anyMatch(t -> "KAZ".equals(t.country()) && "COP".equals(t.sector())), attack.target().toString());
        assertEquals(Factuality.ASSERTED, attack.factuality());
    }

    @Test
    void asylumIsOnlyHypothetical() {
        for (EventRecord e : doc.events()) {
            if (e.trigger().text().toLowerCase().contains("asile")) {
                assertEquals(Factuality.HYPOTHETICAL, e.factuality(), e.toString());
            }
        }
    }

    @Test
    void everyOffsetSlicesTheText() {
        for (EventRecord e : doc.events()) {
            assertEquals(e.trigger().text(), text.substring(e.trigger().start(), e.trigger().end()));
            assertEquals(e.sentence().text(), text.substring(e.sentence().start(), e.sentence().end()));
        }
        for (EntityRecord x : doc.entities()) {
            for (Span m : x.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void everyActorIsMentionedInTheText() {
        for (EventRecord e : doc.events()) {
            for (String id : e.source()) {
                assertTrue(!byId(id).mentions().isEmpty());
            }
            for (String id : e.target()) {
                assertTrue(!byId(id).mentions().isEmpty());
            }
        }
    }

    private static EntityRecord entity(String name) {
        return doc.entities().stream().filter(e -> name.equals(e.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + doc.entities()));
    }

    private static EntityRecord byId(String id) {
        return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean involves(EventRecord e, String name) {
        return e.source().stream().anyMatch(id -> name.equals(byId(id).name()))
                || e.target().stream().anyMatch(id -> name.equals(byId(id).name()));
    }

    private static EventRecord event(Predicate<EventRecord> p) {
        return doc.events().stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no such event among " + doc.events()));
    }
}
