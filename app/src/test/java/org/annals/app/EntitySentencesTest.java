package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.annals.model.DocumentResult;
import org.annals.model.EntityRecord;
import org.annals.resources.TsvResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Team-written sentences: which actor a stretch of text is, read end to end. */
class EntitySentencesTest {

    static Stream<Arguments> sentences() {
        return TsvResource.rows("entities/sentences.tsv").stream()
                .map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4]));
    }

    @ParameterizedTest(name = "{0} «{2}» = {3}: {4}")
    @MethodSource("sentences")
    void readsTheActor(String lang, String published, String mention, String code, String sentence) throws Exception {
        DocumentResult doc = SharedPipeline.get().process(
                new Article("t", sentence, lang, LocalDate.parse(published), null, null, null, "test"));
        Optional<EntityRecord> entity = doc.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst();
        if (code.equals("-")) {
            assertTrue(entity.isEmpty(), () -> "no actor expected for «" + mention + "»: " + describe(doc));
        } else {
            assertTrue(entity.isPresent(), () -> "no mention «" + mention + "»: " + describe(doc));
            assertEquals(code, entity.get().code(), () -> describe(doc));
        }
    }

    private static String describe(DocumentResult doc) {
        List<String> entities = doc.entities().stream()
                .map(e -> e.name() + "[" + e.code() + "] " + e.mentions().stream().map(m -> m.text()).toList())
                .toList();
        return String.join("; ", entities);
    }
}
