package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashSet;

/**
 * Groups reports of the same real-world event: same PLOVER category, the same resolved actors,
 * compatible dates and compatible places.
 *
 * <p>Actors are the same when each side shares a resolved actor with the other report's same side (one
 * report may name an extra actor: "Blinken and the United States" / "Blinken"); for mutual categories
 * (meetings: {@code mutual-categories.tsv}) the sides are pooled and two shared participants are needed
 * (one when a report names only one). Unresolved actors match nothing outside their article.
 *
 * <p>Dates are compatible when the days they allow overlap: two day-precise reports must name the same day;
 * "December 2021" fits any day of that month. A report without a date allows the {@code undatedWindowDays}
 * before its publication. A group's days are the intersection of its reports', so a coarse report cannot
 * chain two different days together. Places are compatible when equal or when either report names none.
 *
 * <p>Only factual reports (asserted, reported) create or confirm an event. A hypothetical, negated or future
 * mention is attached to an event it fits, for the record, and otherwise dropped.
 */
public final class EventMerger {

    /** Days before publication an undated report may refer to. */
    public static final int DEFAULT_UNDATED_WINDOW_DAYS = 7;

    private final int undatedWindowDays;

    public EventMerger() {
        this(DEFAULT_UNDATED_WINDOW_DAYS);
    }

    public EventMerger(int undatedWindowDays) {
        this.undatedWindowDays = undatedWindowDays;
    }

    /** The merged events of these reports, ordered by date, category and actors. */
    public List<MergedEvent> merge(List<EventMention> mentions) {
        Map<String, List<EventMention>> byCategory = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            byCategory.computeIfAbsent(m.plover(), k -> new ArrayList<>()).add(m);
        }
        List<MergedEvent> merged = new ArrayList<>();
        for (List<EventMention> group : byCategory.values()) {
            merged.addAll(mergeCategory(group));
        }
        merged.sort(Comparator
                .comparing((MergedEvent e) -> e.range() == null ? LocalDate.MAX : e.range().first())
                .thenComparing(MergedEvent::plover)
                .thenComparing(e -> e.lead().actorKey())
                .thenComparing(e -> e.lead().articleId())
                .thenComparing(e -> e.lead().eventId()));
        return merged;
    }

    private List<MergedEvent> mergeCategory(List<EventMention> group) {
        // Precise reports first, so groups are anchored on exact days before coarse reports join them.
        List<EventMention> ordered = new ArrayList<>(group);
        ordered.sort(Comparator
                .comparing((EventMention m) -> window(m) == null ? Long.MAX_VALUE : window(m).days())
                .thenComparing(m -> window(m) == null ? LocalDate.MAX : window(m).first())
                .thenComparing(EventMention::articleId)
                .thenComparing(EventMention::eventId));
        List<Cluster> clusters = new ArrayList<>();
        // Clusters by the actor keys of their anchor report: only clusters sharing an actor are compared.
        Map<String, List<Cluster>> byActor = new HashMap<>();
        for (EventMention m : ordered) {
            if (!m.fact()) {
                continue;
            }
            Cluster fit = candidates(m, byActor).stream().filter(c -> c.accepts(m, window(m))).findFirst().orElse(null);
            if (fit == null) {
                Cluster c = new Cluster(m, window(m), clusters.size());
                clusters.add(c);
                for (String key : c.anchor.actorKeys()) {
                    byActor.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
            } else {
                fit.add(m, window(m));
            }
        }
        for (EventMention m : ordered) {
            if (!m.fact()) {
                candidates(m, byActor).stream().filter(c -> c.accepts(m, window(m))).findFirst()
                        .ifPresent(c -> c.other.add(m));
            }
        }
        return clusters.stream().map(c -> new MergedEvent(c.confirming, c.other, c.range)).toList();
    }

    /** Clusters whose anchor shares an actor with the report, oldest first. */
    private static List<Cluster> candidates(EventMention m, Map<String, List<Cluster>> byActor) {
        Set<Cluster> found = new LinkedHashSet<>();
        for (String key : m.actorKeys()) {
            found.addAll(byActor.getOrDefault(key, List.of()));
        }
        List<Cluster> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(c -> c.order));
        return out;
    }

    /** The days a report can refer to: its date's, else the days before publication, else unbounded. */
    DateRange window(EventMention m) {
        if (m.range() != null) {
            return m.range();
        }
        if (m.published() != null) {
            return new DateRange(m.published().minusDays(undatedWindowDays), m.published());
        }
        return null;
    }

    /** A growing group of reports of one event, compared through its first (most precise) report. */
    private static final class Cluster {
        final int order;
        final EventMention anchor;
        final List<EventMention> confirming = new ArrayList<>();
        final List<EventMention> other = new ArrayList<>();
        DateRange range;
        String location;

        Cluster(EventMention first, DateRange window, int order) {
            this.order = order;
            anchor = first;
            confirming.add(first);
            range = window;
            location = first.locationKey();
        }

        boolean accepts(EventMention m, DateRange window) {
            if (!anchor.sameActors(m)) {
                return false;
            }
            boolean placeFits = location == null || m.locationKey() == null || Objects.equals(location, m.locationKey());
            boolean dateFits = range == null || window == null || range.overlaps(window);
            return placeFits && dateFits;
        }

        void add(EventMention m, DateRange window) {
            confirming.add(m);
            if (window != null) {
                range = range == null ? window : range.intersect(window);
            }
            if (location == null) {
                location = m.locationKey();
            }
        }
    }
}
