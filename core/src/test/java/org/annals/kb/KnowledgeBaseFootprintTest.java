package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures lookup latency and heap footprint (printed for the report; bounds are loose on purpose). */
class KnowledgeBaseFootprintTest {

    @Test
    void lookupIsFastAndTheKbIsSmall() {
        KnowledgeBase shared = KnowledgeBases.standard();
        List<NameVariantLookupTest.Variant> variants = NameVariantLookupTest.variants();
        for (int round = 0; round < 3; round++) { // warm-up
            for (NameVariantLookupTest.Variant v : variants) {
                shared.lookup(v.name(), v.language(), v.date());
            }
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (NameVariantLookupTest.Variant v : variants) {
                shared.lookup(v.name(), v.language(), v.date());
            }
        }
        double micros = (System.nanoTime() - start) / 1000.0 / (rounds * variants.size());

        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        long loadStart = System.nanoTime();
        CuratedKnowledgeBase fresh = new CuratedKnowledgeBase();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        fresh.cldrCountryNameCount(); // include the background CLDR names in the footprint
        long after = usedAfterGc(runtime);
        double megabytes = (after - before) / (1024.0 * 1024.0);
        System.out.printf("KB: %d entities, %d roles; lookup %.1f µs (mean of %d); warm load %.0f ms; heap %.1f MB%n",
                fresh.size(), fresh.roles().size(), micros, rounds * variants.size(), loadMillis, megabytes);
        assertTrue(fresh.size() > 500);
        assertTrue(micros < 2_000, "lookup too slow: " + micros + " µs");
        assertTrue(megabytes < 200, "KB too big: " + megabytes + " MB");
    }

    private static long usedAfterGc(Runtime runtime) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
