package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.annals.model.Article;
import org.annals.model.Factuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static Reports phoneCall(String id, String source) {
        Reports r = Reports.article(id, "en", "2022-01-07", source);
        String a = r.entity("Lukashenko", "annals:alexander-lukashenko", "Alexander Lukashenko", "BLR", "GOV");
        String b = r.entity("Nazarbayev", "annals:nursultan-nazarbayev", "Nursultan Nazarbayev", "KAZ", "ELI");
        return r.event("CONSULT", "040", a, b, "2022-01-07", Factuality.REPORTED);
    }

    @Test
    void storesEverythingOfOneArticle() throws Exception {
        try (Store store = Store.inMemory()) {
            assertEquals(PutOutcome.STORED, phoneCall("a1", "Outlet").putInto(store));
            assertEquals(1, store.count("articles"));
            assertEquals(2, store.count("entities"));
            assertEquals(2, store.count("mentions"));
            assertEquals(1, store.count("events"));
            assertEquals(2, store.count("event_arguments"));
            assertEquals(2, store.count("event_evidence"));
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT date_first, factuality, published FROM events JOIN articles ON id = article_id")) {
                rs.next();
                assertEquals("2022-01-07", rs.getString(1));
                assertEquals("reported", rs.getString(2));
                assertEquals("2022-01-07", rs.getString(3));
            }
        }
    }

    @Test
    void sameIdOrSameTextIsStoredOnce() {
        try (Store store = Store.inMemory()) {
            Reports first = phoneCall("a1", "Outlet");
            assertEquals(PutOutcome.STORED, first.putInto(store));
            assertEquals(PutOutcome.DUPLICATE_ID, phoneCall("a1", "Outlet").putInto(store));
            Article sameText = first.articleRecord();
            Article copy = new Article("copy", "  " + sameText.text().toUpperCase().replace(" ", "\n  ") + "\n",
                    "en", null, null, null, null, "copy");
            assertEquals(PutOutcome.DUPLICATE_CONTENT, store.check(copy));
            assertEquals(1, store.count("articles"));
            assertEquals(1, store.count("events"));
        }
    }

    @Test
    void reopenedStoreKeepsArticlesAndVersion(@TempDir Path dir) {
        try (Store store = Store.open(dir)) {
            phoneCall("a1", "Outlet").putInto(store);
            assertEquals(SchemaMigrations.CURRENT_VERSION, store.schemaVersion());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.count("articles"));
            assertEquals(SchemaMigrations.CURRENT_VERSION, store.schemaVersion());
        }
        try (Store reader = Store.openReadOnly(dir)) {
            assertEquals(1, reader.count("events"));
            Reports other = Reports.article("a2", "en", null, null);
            other.words("Another story entirely.");
            assertThrows(StoreException.class, () -> other.putInto(reader));
        }
    }

    @Test
    void readOnlyOpenOfMissingStoreSaysWhatToDo(@TempDir Path dir) {
        StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(dir.resolve("none")));
        assertEquals(true, e.getMessage().contains("annals ingest"));
    }
}
