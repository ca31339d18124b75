package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A handover known only to the month: who holds the office, and what each holder is, inside and around it. */
class RoughHandoverTest {

    // Invented people and a handover dated to the month, as a roles file would give it.
    private static final CuratedKnowledgeBase KB = new CuratedKnowledgeBase(KnowledgeBases.standard(),
            List.of(List.<String[]>of(
                    new String[] {"test:aral-berdimov", "PERSON", "TKM", "TKM", "en:Aral Berdimov", "Berdimov", ""},
                    new String[] {"test:serdar-kulyev", "PERSON", "TKM", "TKM", "en:Serdar Kulyev", "Kulyev", ""})),
            List.<String[]>of(
                    new String[] {"test:aral-berdimov", "TKM", "defence-minister", "", "TKMMIL", "2040-01-10", "2043-05",
                        "Defence Minister of Turkmenistan"},
                    new String[] {"test:serdar-kulyev", "TKM", "defence-minister", "", "TKMMIL", "2043-05", "",
                        "Defence Minister of Turkmenistan"}));

    @Test
    void eachHolderIsTheMinisterOutsideTheUncertainMonth() {
        assertEquals("aral-berdimov", holder(LocalDate.of(2043, 4, 30)));
        assertEquals("serdar-kulyev", holder(LocalDate.of(2043, 6, 1)));
    }

    @Test
    void nobodyIsNamedTheHolderInsideIt() {
        assertTrue(KB.holderOf("Turkmen defence minister", "en", LocalDate.of(2043, 5, 15)).isEmpty());
    }

    @Test
    void bothKeepTheMinistersCodeInsideIt() {
        LocalDate mid = LocalDate.of(2043, 5, 15);
        assertEquals("TKMMIL", code("test:aral-berdimov", mid));
        assertEquals("TKMMIL", code("test:serdar-kulyev", mid));
        assertEquals("TKMELI", code("test:aral-berdimov", LocalDate.of(2043, 6, 1)));
    }

    private static String holder(LocalDate date) {
        return KB.holderOf("Turkmen defence minister", "en", date).orElseThrow().entity().id().replace("test:", "");
    }

    private static String code(String id, LocalDate date) {
        return KB.codeAt(KB.entity(id).orElseThrow(), date).code();
    }
}
