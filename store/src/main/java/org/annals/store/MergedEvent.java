package org.annals.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One real-world event and the reports of it. {@code confirming} are the factual reports (asserted or
 * reported); {@code other} are hypothetical, negated or future mentions that fit it but count for nothing.
 *
 * @param range the days every confirming report allows, or {@code null} when none was dated
 */
public record MergedEvent(List<EventMention> confirming, List<EventMention> other, DateRange range) {

    public MergedEvent {
        confirming = List.copyOf(confirming);
        other = List.copyOf(other);
        if (confirming.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs at least one factual report");
        }
    }

    /** The report that speaks for the event: the most precisely dated, then the earliest published. */
    EventMention lead() {
        return confirming.stream().min(Comparator
                .comparing((EventMention m) -> m.range() == null ? Long.MAX_VALUE : m.range().days())
                .thenComparing(EventMention::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EventMention::articleId)
                .thenComparing(EventMention::eventId)).orElseThrow();
    }

    public String plover() {
        return confirming.get(0).plover();
    }

    /** The CAMEO code most reports agree on; ties go to the more specific (longer), then the smaller code. */
    public String cameo() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (EventMention m : confirming) {
            if (m.cameo() != null) {
                votes.merge(m.cameo(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().min(Comparator
                .comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
    }

    /** Number of factual reports (several in one article count each). */
    public int mentions() {
        return confirming.size();
    }

    public int articles() {
        return (int) confirming.stream().map(EventMention::articleId).distinct().count();
    }

    /** Distinct outlets: translations and republications by one outlet count once. */
    public int sources() {
        return (int) confirming.stream().map(EventMention::outlet).distinct().count();
    }

    public String languages() {
        TreeSet<String> langs = new TreeSet<>();
        confirming.stream().map(EventMention::lang).filter(Objects::nonNull).forEach(langs::add);
        return String.join(",", langs);
    }

    /** ISO value of the date: the agreed day when the reports pin one, else the lead report's value. */
    public String date() {
        if (range != null && range.isDay()) {
            return range.first().toString();
        }
        return lead().date();
    }

    public String datePrecision() {
        if (range != null && range.isDay()) {
            return "day";
        }
        return lead().datePrecision();
    }

    public LocalDate firstReported() {
        return confirming.stream().map(EventMention::published).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    public LocalDateTime firstIngested() {
        return confirming.stream().map(EventMention::ingested).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** The URL of the earliest report that has one. */
    public String sourceUrl() {
        return confirming.stream().filter(m -> m.url() != null)
                .min(Comparator.comparing(EventMention::published, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(EventMention::url).orElse(null);
    }

    public String locationKey() {
        return confirming.stream().map(EventMention::locationKey).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public String locationName() {
        return confirming.stream().filter(m -> m.locationKey() != null).map(EventMention::locationName)
                .findFirst().orElse(null);
    }
}
