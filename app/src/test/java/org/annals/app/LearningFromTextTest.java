package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.junit.jupiter.api.Test;

/** A role stated in one article ("le ministre malien de la Défense X") resolves X in the next. */
class LearningFromTextTest {

    @Test
    void aRoleStatedOnceResolvesTheSurnameLater() throws Exception {
        var pipeline = SharedPipeline.learning();
        // An invented minister, so that the curated data never comes to know him.
        pipeline.process(new Article("a1", "Le ministre malien de la Défense Amadou Kassoumbé a rencontré"
                + " son homologue nigérien à Niamey.", "fr", LocalDate.of(2023, 3, 1), null, null, null, "a1"));
        DocumentResult later = pipeline.process(new Article("a2", "Kassoumbé a critiqué la France.", "fr",
                LocalDate.of(2023, 3, 2), null, null, null, "a2"));
        EntityRecord minister = later.entities().stream().filter(e -> e.name().contains("Kassoumbé")).findFirst()
                .orElseThrow(() -> new AssertionError("no Kassoumbé in " + later.entities()));
        assertTrue(minister.kb() != null && minister.kb().startsWith("learned:"), minister.toString());
        assertEquals("MLI", minister.country());
    }
}
