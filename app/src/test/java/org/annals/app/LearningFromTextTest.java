package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.junit.jupiter.api.Test;

/** A role stated in one article ("le ministre kirghiz des Affaires étrangères X") resolves X in the next. */
class LearningFromTextTest {

    @Test
    void aRoleStatedOnceResolvesTheSurnameLater() throws Exception {
        var pipeline = SharedPipeline.learning();
        pipeline.process(new Article("a1", "Le ministre kirghiz des Affaires étrangères Jeenbek Kulubaev a rencontré"
                + " son homologue turc à Ankara.", "fr", LocalDate.of(2023, 3, 1), null, null, null, "a1"));
        DocumentResult later = pipeline.process(new Article("a2", "Kulubaev a critiqué la Russie.", "fr",
                LocalDate.of(2023, 3, 2), null, null, null, "a2"));
        EntityRecord kulubaev = later.entities().stream().filter(e -> e.name().contains("Kulubaev")).findFirst()
                .orElseThrow(() -> new AssertionError("no Kulubaev in " + later.entities()));
        assertTrue(kulubaev.kb() != null && kulubaev.kb().startsWith("learned:"), kulubaev.toString());
        assertEquals("KGZ", kulubaev.country());
    }
}
