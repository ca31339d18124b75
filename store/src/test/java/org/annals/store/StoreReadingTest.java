package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Factuality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreReadingTest {

    private Store store;
    private Reports french;

    @BeforeEach
    void fill() {
        store = Store.inMemory();
        french = Reports.article("fr1", "fr", "2022-01-07", "BelTA");
        french.words("Entretien téléphonique :");
        String a = french.entity("Loukachenko", "annals:alexander-lukashenko", "Alexander Lukashenko", "BLR", "GOV");
        String b = french.entity("Nazarbaïev", "annals:nursultan-nazarbayev", "Nursultan Nazarbayev", "KAZ", "ELI");
        french.event("CONSULT", "040", a, b, "2022-01-07", Factuality.REPORTED);
        french.event("CONSULT", "042", b, a, null, Factuality.HYPOTHETICAL);
        french.putInto(store);
        Reports english = Reports.article("en1", "en", "2022-03-02", "Wire");
        String c = english.entity("protesters", null, "protesters", "KAZ", "CVL");
        english.event("PROTEST", "141", c, null, "2022-03", Factuality.ASSERTED);
        english.putInto(store);
        new CorpusMerge().run(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storedResultReadsBackAsItWasStored() {
        assertEquals(french.result(), new StoredDocuments(store).read("fr1").orElseThrow());
        assertTrue(new StoredDocuments(store).read("nope").isEmpty());
    }

    @Test
    void actorIsFoundByAnySpellingCodeOrId() {
        EventSearch search = new EventSearch(store);
        for (String actor : List.of("loukachenko", "Lukashenko", "Lukaschenko", "BLRGOV", "annals:alexander-lukashenko", "nazarbaiev", "Назарбаев")) {
            assertEquals(2, search.find(query(actor, null, null, null, null, false, false)).rows().size(), actor);
        }
        assertEquals(0, search.find(query("Putin", null, null, null, null, false, false)).rows().size());
        assertEquals(0, search.find(query("%", null, null, null, null, false, false)).rows().size());
        EventQuery byKb = new EventQuery("Minsk's leader", List.of("annals:alexander-lukashenko"), null, null, null,
                null, null, false, false, 100);
        assertEquals(2, search.find(byKb).rows().size());
    }

    @Test
    void filtersByCategoryCountryAndDates() {
        EventSearch search = new EventSearch(store);
        assertEquals(2, search.find(query(null, "consult", null, null, null, false, false)).rows().size());
        assertEquals(1, search.find(query(null, "042", null, null, null, false, false)).rows().size());
        assertEquals(1, search.find(query(null, null, "BLR", null, null, true, false)).rows().size());
        assertEquals(3, search.find(query(null, null, null, null, null, false, false)).rows().size());
        assertEquals(2, search.find(query(null, null, null, null, null, false, true)).rows().size());
        ResultTable march = search.find(query(null, null, null, LocalDate.parse("2022-03-15"), null, false, false));
        assertEquals(List.of("PROTEST"), march.rows().stream().map(r -> r.get(march.columns().indexOf("plover"))).toList());
        assertEquals(2, search.find(query(null, null, null, null, LocalDate.parse("2022-01-31"), false, false)).rows().size());
    }

    @Test
    void mergedEventsCanBeQueriedByActorSpelling() {
        ResultTable merged = new EventSearch(store).find(query("Loukachenko", null, null, null, null, true, false));
        assertEquals(1, merged.rows().size());
        assertEquals("CONSULT", merged.rows().get(0).get(merged.columns().indexOf("plover")));
    }

    @Test
    void sqlIsReadOnly() {
        EventSearch search = new EventSearch(store);
        ResultTable t = search.sql("SELECT count(*) AS n FROM events", 10);
        assertEquals(List.of("n"), t.columns());
        assertEquals(3L, ((Number) t.rows().get(0).get(0)).longValue());
        assertThrows(IllegalArgumentException.class, () -> search.sql("DELETE FROM events", 10));
    }

    @Test
    void fullTextIndexFollowsTheStoreAndFoldsAccents(@TempDir Path dir) {
        ArticleIndex index = new ArticleIndex(dir);
        assertEquals(List.of(), index.search("nazarbaiev", 10));
        assertEquals(2, index.sync(store));
        assertEquals(0, index.sync(store));
        assertEquals(List.of("fr1"), index.search("nazarbaiev", 10));
        assertEquals(List.of("fr1"), index.search("\"entretien telephonique\"", 10));
        assertEquals(List.of("en1"), index.search("protesters", 10));
        assertThrows(IllegalArgumentException.class, () -> index.search("AND (", 10));
    }

    @Test
    void gdeltExportLoadsWithTheSixtyOneStandardColumns(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(2, new GdeltExport().write(store, out));
        Path file = dir.resolve("events.tsv");
        Files.writeString(file, out.toString());
        StringBuilder columns = new StringBuilder();
        for (String name : GdeltExport.COLUMNS) {
            String type = switch (name) {
                case "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
                        "NumMentions", "NumSources", "NumArticles", "DATEADDED" -> "BIGINT";
                case "FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long",
                        "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long" -> "DOUBLE";
                case "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type" -> "INTEGER";
                default -> "VARCHAR";
            };
            columns.append(columns.length() == 0 ? "" : ", ").append('\'').append(name).append("': '").append(type).append('\'');
        }
        assertEquals(61, GdeltExport.COLUMNS.size());
        try (Store reader = Store.inMemory(); Statement st = reader.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM read_csv('" + file + "', delim = '\\t', header = false,"
                     + " quote = '', columns = {" + columns + "}) ORDER BY GLOBALEVENTID")) {
            assertEquals(61, rs.getMetaData().getColumnCount());
            assertTrue(rs.next());
            assertEquals(20220107L, rs.getLong("SQLDATE"));
            assertEquals("BLRGOV", rs.getString("Actor1Code"));
            assertEquals("ALEXANDER LUKASHENKO", rs.getString("Actor1Name"));
            assertEquals("KAZ", rs.getString("Actor2CountryCode"));
            assertEquals("ELI", rs.getString("Actor2Type1Code"));
            assertEquals("040", rs.getString("EventCode"));
            assertEquals("04", rs.getString("EventRootCode"));
            assertEquals(1L, rs.getLong("NumMentions"));
            assertEquals(null, rs.getObject("AvgTone"), "no tone analysis: left empty");
            assertTrue(rs.next());
            assertEquals(null, rs.getObject("SQLDATE"), "a month-precise event has no day");
            assertEquals(202203L, rs.getLong("MonthYear"));
            assertEquals("141", rs.getString("EventCode"));
        }
    }

    @Test
    void ploverRecordsCarryActorsEventAndReports() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(2, new PloverExport().write(store, out));
        var first = org.annals.io.AnnalsJson.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertEquals("2022-01-07", first.get("date").asText());
        assertEquals("annals:alexander-lukashenko", first.get("actor").get(0).get("identifier_id").asText());
        assertEquals("KAZ", first.get("recipient").get(0).get("code").asText());
        assertEquals("CONSULT", first.get("event").get(0).asText());
        assertEquals(1, first.get("reports").size(), "the hypothetical report is not one of them");
        var second = org.annals.io.AnnalsJson.mapper().readTree(out.toString().lines().skip(1).findFirst().orElseThrow());
        assertEquals("2022-03-31", second.get("enddate").asText());
    }

    @Test
    void csvQuotesWhatNeedsIt() {
        assertEquals("\"a, \"\"b\"\"\"", CsvTable.field("a, \"b\""));
        assertEquals("", CsvTable.field(null));
        assertEquals("12", CsvTable.field(12));
    }

    private static EventQuery query(String actor, String category, String country, LocalDate from, LocalDate to,
                                    boolean merged, boolean facts) {
        return new EventQuery(actor, List.of(), category, country, from, to, null, merged, facts, 100);
    }
}
