package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.model.Factuality;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final String LUKASHENKO = "annals:alexander-lukashenko";
    private static final String TOKAYEV = "annals:kassym-jomart-tokayev";
    private static final String MACRON = "annals:emmanuel-macron";
    private static final String SCHOLZ = "annals:olaf-scholz";
    private static final String BERLIN = "annals:berlin";
    private static final String EU = "annals:european-union";

    /** A report that Lukashenko phoned Tokayev on 14 March 2023. */
    private static Reports call(String id, String lang, String published, String outlet, String lukashenko) {
        Reports r = Reports.article(id, lang, published, outlet);
        String a = r.entity(lukashenko, LUKASHENKO, "Alexander Lukashenko", "BLR", "GOV");
        String b = r.entity("Tokayev", TOKAYEV, "Kassym-Jomart Tokayev", "KAZ", "GOV");
        return r.event("CONSULT", "042", a, b, "2023-03-14", Factuality.REPORTED);
    }

    /** An article naming these (surface, KB id, name) entities, without events. */
    private static Reports about(String id, String lang, String published, String outlet, String... entities) {
        Reports r = Reports.article(id, lang, published, outlet);
        r.words("Article " + id + " about");
        for (int i = 0; i < entities.length; i += 3) {
            r.entity(entities[i], entities[i + 1], entities[i + 2], null, null);
        }
        return r;
    }

    private static List<Story> storiesOf(Reports... reports) {
        try (Store store = Store.inMemory()) {
            for (Reports r : reports) {
                assertEquals(PutOutcome.STORED, r.putInto(store));
            }
            new CorpusMerge().run(store);
            List<Story> stories = new CorpusStories().run(store);
            assertEquals(reports.length, store.count("story_articles"), "every article in one story");
            assertEquals(stories.size(), store.count("stories"));
            return stories;
        }
    }

    private static Story storyWith(List<Story> stories, String articleId) {
        return stories.stream().filter(s -> s.articleIds().contains(articleId)).findFirst().orElseThrow();
    }

    @Test
    void sameStoryAcrossLanguagesBySharedEventsAndEntities() {
        List<Story> stories = storiesOf(
                call("en1", "en", "2023-03-15", "BelTA", "Lukashenko"),
                call("fr1", "fr", "2023-03-15", "BelTA", "Loukachenko"),
                call("de1", "de", "2023-03-16", "Tagesblatt", "Lukaschenko"),
                // No coded event, but the same two leaders the next day: the same story by its entities.
                about("ru1", "ru", "2023-03-16", "Vesti", "Лукашенко", LUKASHENKO, "Alexander Lukashenko",
                        "Токаев", TOKAYEV, "Kassym-Jomart Tokayev"),
                about("fr2", "fr", "2023-03-20", "Le Jour", "Macron", MACRON, "Emmanuel Macron", "Scholz", SCHOLZ,
                        "Olaf Scholz", "Berlin", BERLIN, "Berlin"),
                about("de2", "de", "2023-03-21", "Tagesblatt", "Macron", MACRON, "Emmanuel Macron", "Scholz", SCHOLZ,
                        "Olaf Scholz", "Berlin", BERLIN, "Berlin"),
                // Shares one entity with the Berlin story only: not enough.
                about("en2", "en", "2023-03-21", "Wire", "Macron", MACRON, "Emmanuel Macron", "EU", EU, "European Union"),
                // The same two leaders two months later: another story.
                about("en3", "en", "2023-05-20", "Wire", "Lukashenko", LUKASHENKO, "Alexander Lukashenko",
                        "Tokayev", TOKAYEV, "Kassym-Jomart Tokayev"));
        assertEquals(4, stories.size(), stories::toString);

        Story call = stories.get(0);
        assertEquals(List.of("en1", "fr1", "de1", "ru1"), call.articleIds());
        assertEquals(LocalDate.of(2023, 3, 15), call.firstPublished());
        assertEquals(LocalDate.of(2023, 3, 16), call.lastPublished());
        assertEquals("de,en,fr,ru", call.languages());
        assertEquals(3, call.sources(), "BelTA's two language versions are one source");
        assertEquals(1, call.events());
        assertEquals(List.of("Alexander Lukashenko (4)", "Kassym-Jomart Tokayev (4)"), call.topEntities());
        assertEquals("Title of en1", call.title());

        Story berlin = storyWith(stories, "fr2");
        assertEquals(List.of("fr2", "de2"), berlin.articleIds());
        assertEquals(0, berlin.events());
        assertEquals(List.of("en2"), storyWith(stories, "en2").articleIds());
        assertEquals(List.of("en3"), storyWith(stories, "en3").articleIds());
    }

    @Test
    void storiesAreListedByTheQuery() {
        try (Store store = Store.inMemory()) {
            call("en1", "en", "2023-03-15", "BelTA", "Lukashenko").putInto(store);
            call("fr1", "fr", "2023-03-15", "BelTA", "Loukachenko").putInto(store);
            about("x", "en", "2023-04-01", "Wire", "Macron", MACRON, "Emmanuel Macron").putInto(store);
            new CorpusMerge().run(store);
            new CorpusStories().run(store);
            ResultTable table = new EventSearch(store).stories(null, null, 2, 10);
            assertEquals(List.of("story_id", "first_published", "last_published", "languages", "articles", "sources",
                    "events", "top_entities", "title"), table.columns());
            assertEquals(1, table.rows().size());
            assertEquals(List.of(1L, LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 15), "en,fr", 2, 1, 1,
                    "Alexander Lukashenko (2); Kassym-Jomart Tokayev (2)", "Title of en1"), table.rows().get(0));
            assertEquals(2, new EventSearch(store).stories(null, null, 1, 10).rows().size());
            assertTrue(new EventSearch(store).stories(LocalDate.of(2023, 3, 16), null, 1, 10).rows().stream()
                    .allMatch(r -> r.get(8).equals("Title of x")));
        }
    }

    @Test
    void rareSharedEntitiesWeighMoreThanCommonOnes() {
        // Two articles share only the two most common entities of the corpus: weak evidence, below threshold.
        StoryArticle a = new StoryArticle("a", LocalDate.of(2023, 1, 2), "en", "o1", null, Set.of(),
                Map.of("kb:us", "United States", "kb:ru", "Russia", "kb:x", "X", "kb:y", "Y"));
        StoryArticle b = new StoryArticle("b", LocalDate.of(2023, 1, 2), "fr", "o2", null, Set.of(),
                Map.of("kb:us", "United States", "kb:ru", "Russia", "kb:z", "Z", "kb:w", "W"));
        List<StoryArticle> corpus = new java.util.ArrayList<>(List.of(a, b));
        for (int i = 0; i < 20; i++) {
            corpus.add(new StoryArticle("filler" + i, LocalDate.of(2023, 1, 2 + i), "en", "o" + i, null, Set.of(),
                    Map.of("kb:us", "United States", "kb:ru", "Russia", "kb:f" + i, "F" + i)));
        }
        List<Story> stories = new StoryClusterer().cluster(corpus);
        assertEquals(List.of("a"), stories.stream().filter(s -> s.articleIds().contains("a")).findFirst().orElseThrow().articleIds());
    }
}
