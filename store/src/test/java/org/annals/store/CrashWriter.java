package org.annals.store;

import java.nio.file.Path;
import org.annals.model.Factuality;

/** A separate process for {@link CrashSafetyTest}: stores articles 0..n-1 (skipping stored ones) until killed. */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        try (Store store = Store.open(dir)) {
            for (int i = 0; i < n; i++) {
                article(i).putInto(store);
                System.out.println("stored " + i);
                System.out.flush();
            }
        }
        System.out.println("done");
    }

    /** Article i: two entities, two mentions, one event with two arguments and two evidence spans. */
    static Reports article(int i) {
        Reports r = Reports.article("crash-" + i, "en", "2023-03-15", "Outlet " + (i % 7));
        r.words("Story number " + i + ":");
        String a = r.entity("Lukashenko", "annals:alexander-lukashenko", "Alexander Lukashenko", "BLR", "GOV");
        String b = r.entity("Tokayev", "annals:kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "KAZ", "GOV");
        return r.event("CONSULT", "040", a, b, "2023-03-" + String.format("%02d", 1 + i % 28), Factuality.ASSERTED);
    }
}
