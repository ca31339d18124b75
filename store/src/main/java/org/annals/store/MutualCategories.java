package org.annals.store;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.resources.TsvResource;

/** PLOVER categories whose sides are interchangeable when merging reports, read from {@code mutual-categories.tsv}. */
final class MutualCategories {

    private static final Set<String> CATEGORIES = load();

    private MutualCategories() {
    }

    static boolean contains(String plover) {
        return plover != null && CATEGORIES.contains(plover.toUpperCase(Locale.ROOT));
    }

    private static Set<String> load() {
        return TsvResource.rows("org/annals/store/mutual-categories.tsv").stream()
                .map(row -> TsvResource.field(row, 0).toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
