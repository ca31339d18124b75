package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.annals.model.Factuality;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static final String LUKASHENKO = "annals:alexander-lukashenko";
    private static final String TOKAYEV = "annals:kassym-jomart-tokayev";

    /** A report that Lukashenko (however spelled) phoned Tokayev. */
    private static Reports call(String id, String lang, String published, String outlet, String date, Factuality f,
                                String lukashenkoSpelling) {
        Reports r = Reports.article(id, lang, published, outlet);
        r.words("Report " + id + ":");
        String a = r.entity(lukashenkoSpelling, LUKASHENKO, "Alexander Lukashenko", "BLR", "GOV");
        String b = r.entity("Tokayev", TOKAYEV, "Kassym-Jomart Tokayev", "KAZ", "GOV");
        return r.event("CONSULT", "042", a, b, date, f);
    }

    private static List<MergedEvent> mergeAll(Reports... reports) {
        try (Store store = Store.inMemory()) {
            for (Reports r : reports) {
                assertEquals(PutOutcome.STORED, r.putInto(store));
            }
            return new EventMerger().merge(CorpusMerge.load(store.connection()));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void reportsInThreeLanguagesBecomeOneEventAndTranslationsOneSource() {
        List<MergedEvent> merged = mergeAll(
                call("en1", "en", "2023-03-15", "BelTA", "2023-03-14", Factuality.REPORTED, "Lukashenko"),
                call("fr1", "fr", "2023-03-15", "BelTA", "2023-03-14", Factuality.REPORTED, "Loukachenko"),
                call("de1", "de", "2023-03-16", "Tagesblatt", "2023-03-14", Factuality.ASSERTED, "Lukaschenko"));
        assertEquals(1, merged.size());
        MergedEvent e = merged.get(0);
        assertEquals(3, e.mentions());
        assertEquals(3, e.articles());
        assertEquals(2, e.sources(), "the French copy is BelTA's translation: one source");
        assertEquals("de,en,fr", e.languages());
        assertEquals("2023-03-14", e.date());
    }

    @Test
    void aMeetingIsTheSameWhoeverIsNamedFirst() {
        Reports a = call("ab", "en", "2023-03-15", "X", "2023-03-14", Factuality.ASSERTED, "Lukashenko");
        Reports b = Reports.article("ba", "fr", "2023-03-15", "Y");
        String t = b.entity("Tokaïev", TOKAYEV, "Kassym-Jomart Tokayev", "KAZ", "GOV");
        String l = b.entity("Loukachenko", LUKASHENKO, "Alexander Lukashenko", "BLR", "GOV");
        b.event("CONSULT", "042", t, l, "2023-03-14", Factuality.ASSERTED);
        Reports c = Reports.article("accuse", "en", "2023-03-15", "Z");
        String t2 = c.entity("Tokayev", TOKAYEV, "Kassym-Jomart Tokayev", "KAZ", "GOV");
        String l2 = c.entity("Lukashenko", LUKASHENKO, "Alexander Lukashenko", "BLR", "GOV");
        c.event("ACCUSE", "112", t2, l2, "2023-03-14", Factuality.ASSERTED);
        Reports d = Reports.article("accuse2", "en", "2023-03-15", "W");
        String l3 = d.entity("Lukashenko", LUKASHENKO, "Alexander Lukashenko", "BLR", "GOV");
        String t3 = d.entity("Tokayev", TOKAYEV, "Kassym-Jomart Tokayev", "KAZ", "GOV");
        d.event("ACCUSE", "112", l3, t3, "2023-03-14", Factuality.ASSERTED);
        List<MergedEvent> merged = mergeAll(a, b, c, d);
        assertEquals(3, merged.size(), "one meeting; two accusations in opposite directions");
    }

    @Test
    void differentDaysAreDifferentEvents() {
        List<MergedEvent> merged = mergeAll(
                call("a", "en", "2023-03-15", "X", "2023-03-14", Factuality.ASSERTED, "Lukashenko"),
                call("b", "en", "2023-05-02", "Y", "2023-05-01", Factuality.ASSERTED, "Lukashenko"));
        assertEquals(2, merged.size());
    }

    @Test
    void coarseAndUndatedReportsJoinTheDayTheyAllow() {
        List<MergedEvent> merged = mergeAll(
                call("day", "en", "2023-03-15", "X", "2023-03-14", Factuality.ASSERTED, "Lukashenko"),
                call("month", "en", "2023-04-02", "Y", "2023-03", Factuality.ASSERTED, "Lukashenko"),
                call("undated", "en", "2023-03-16", "Z", null, Factuality.ASSERTED, "Lukashenko"));
        assertEquals(1, merged.size());
        assertEquals(3, merged.get(0).mentions());
        assertEquals("2023-03-14", merged.get(0).date());
    }

    @Test
    void aCoarseReportDoesNotChainTwoDays() {
        List<MergedEvent> merged = mergeAll(
                call("d1", "en", "2023-03-15", "X", "2023-03-14", Factuality.ASSERTED, "Lukashenko"),
                call("d2", "en", "2023-03-29", "Y", "2023-03-28", Factuality.ASSERTED, "Lukashenko"),
                call("m", "en", "2023-04-02", "Z", "2023-03", Factuality.ASSERTED, "Lukashenko"));
        assertEquals(2, merged.size());
        assertEquals(3, merged.stream().mapToInt(MergedEvent::mentions).sum());
    }

    @Test
    void hypotheticalMentionsNeverCreateOrConfirm() {
        List<MergedEvent> alone = mergeAll(
                call("h", "fr", "2023-03-15", "X", "2023-03-20", Factuality.HYPOTHETICAL, "Loukachenko"));
        assertTrue(alone.isEmpty());
        List<MergedEvent> withFact = mergeAll(
                call("f", "en", "2023-03-15", "X", "2023-03-14", Factuality.ASSERTED, "Lukashenko"),
                call("n", "en", "2023-03-15", "Y", "2023-03-14", Factuality.NEGATED, "Lukashenko"));
        assertEquals(1, withFact.size());
        assertEquals(1, withFact.get(0).mentions());
        assertEquals(1, withFact.get(0).sources());
        assertEquals(1, withFact.get(0).other().size());
    }

    @Test
    void unresolvedActorsOnlyMergeWithinTheirArticle() {
        Reports a = Reports.article("u1", "en", "2023-03-15", "X");
        String x = a.entity("the minister", null, "the minister", null, null);
        a.event("ACCUSE", "112", x, null, "2023-03-14", Factuality.ASSERTED);
        Reports b = Reports.article("u2", "en", "2023-03-15", "Y");
        b.words("Meanwhile,");
        String y = b.entity("the minister", null, "the minister", null, null);
        b.event("ACCUSE", "112", y, null, "2023-03-14", Factuality.ASSERTED);
        assertEquals(2, mergeAll(a, b).size());
    }

    @Test
    void reportsWithoutActorsAreNotMergedAcrossArticles() {
        Reports a = Reports.article("n1", "en", "2023-03-15", "X");
        a.event("PROTEST", "141", null, null, "2023-03-14", Factuality.ASSERTED);
        Reports b = Reports.article("n2", "en", "2023-03-15", "Y");
        b.words("Elsewhere:");
        b.event("PROTEST", "141", null, null, "2023-03-14", Factuality.ASSERTED);
        assertEquals(2, mergeAll(a, b).size());
    }

    @Test
    void actorsWithoutKbIdMergeOnCountryAndSector() {
        Reports a = Reports.article("p1", "en", "2023-03-15", "X");
        a.event("PROTEST", "141", a.entity("protesters", null, "protesters", "KAZ", "CVL"), null, "2023-03-14",
                Factuality.ASSERTED);
        Reports b = Reports.article("p2", "fr", "2023-03-15", "Y");
        b.event("PROTEST", "141", b.entity("manifestants", null, "manifestants", "KAZ", "CVL"), null, "2023-03-14",
                Factuality.ASSERTED);
        List<MergedEvent> merged = mergeAll(a, b);
        assertEquals(1, merged.size());
        assertEquals(2, merged.get(0).sources());
    }

    @Test
    void mergeTablesAreRewrittenAsAWhole() throws Exception {
        try (Store store = Store.inMemory()) {
            call("en1", "en", "2023-03-15", "BelTA", "2023-03-14", Factuality.REPORTED, "Lukashenko").putInto(store);
            call("h", "fr", "2023-03-15", "Other", "2023-03-14", Factuality.HYPOTHETICAL, "Loukachenko").putInto(store);
            MergeSummary first = new CorpusMerge().run(store);
            assertEquals(new MergeSummary(1, 1, 1, 1), first);
            call("de1", "de", "2023-03-16", "Tagesblatt", "2023-03-14", Factuality.ASSERTED, "Lukaschenko").putInto(store);
            new CorpusMerge().run(store);
            assertEquals(1, store.count("merged_events"));
            assertEquals(3, store.count("event_mentions"));
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT mentions, sources, languages, date, source_code, target_code"
                         + " FROM merged_events")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
                assertEquals(2, rs.getInt(2));
                assertEquals("de,en", rs.getString(3));
                assertEquals("2023-03-14", rs.getString(4));
                assertEquals("BLRGOV", rs.getString(5));
                assertEquals("KAZGOV", rs.getString(6));
                assertFalse(rs.next());
            }
        }
    }
}
