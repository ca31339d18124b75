package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads reading the shared KB get the same answers as one thread. */
class ConcurrentReadTest {

    @Test
    void parallelLookupsAgreeWithSequentialOnes() throws Exception {
        KnowledgeBase kb = KnowledgeBases.standard();
        List<NameVariantLookupTest.Variant> variants = NameVariantLookupTest.variants();
        List<String> sequential = answers(kb, variants);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> answers(kb, variants)));
            }
            for (Future<List<String>> future : futures) {
                assertEquals(sequential, future.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> answers(KnowledgeBase kb, List<NameVariantLookupTest.Variant> variants) {
        List<String> answers = new ArrayList<>();
        for (NameVariantLookupTest.Variant v : variants) {
            answers.add(kb.lookup(v.name(), v.language(), v.date()).toString());
        }
        return answers;
    }
}
