package org.annals.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One report of an event, as the merger sees it: the stored event with its resolved actors, the days its
 * date allows, and what is known of the article that reported it.
 *
 * @param range days the event can have happened on, or {@code null} when nothing bounds it
 * @param outlet who published the report: the article's source, or the article itself when unknown
 */
public record EventMention(String articleId, String eventId, String plover, String cameo, String mode, double goldstein, int quadClass,
                    List<ActorRef> sources, List<ActorRef> targets, String locationKey, String locationName,
                    String date, String datePrecision, DateRange range, boolean fact, String factuality,
                    String outlet, String lang, LocalDate published, LocalDateTime ingested, String url,
                    Integer triggerStart, Integer triggerEnd, String triggerText) {

    /** The identity of what happened, leaving time and place aside: category and the actors on both sides. */
    String actorKey() {
        if (sources.isEmpty() && targets.isEmpty()) {
            // Nobody to compare: such a report can only be merged with others of its own article.
            return plover + "|?" + articleId;
        }
        String source = keys(sources);
        String target = keys(targets);
        if (MutualCategories.contains(plover) && source.compareTo(target) > 0) {
            return plover + "|" + target + "|" + source;
        }
        return plover + "|" + source + "|" + target;
    }

    /** Every actor key of the report, both sides. */
    Set<String> actorKeys() {
        Set<String> keys = new TreeSet<>();
        sources.forEach(a -> keys.add(a.key()));
        targets.forEach(a -> keys.add(a.key()));
        return keys;
    }

    /** Whether both reports name the same actors, as the merger understands it (see {@link EventMerger}). */
    boolean sameActors(EventMention other) {
        if (!plover.equals(other.plover)) {
            return false;
        }
        if (MutualCategories.contains(plover)) {
            Set<String> mine = actorKeys();
            Set<String> theirs = other.actorKeys();
            long shared = mine.stream().filter(theirs::contains).count();
            return shared >= Math.min(2, Math.min(mine.size(), theirs.size())) && shared > 0;
        }
        return sideMatches(sources, other.sources) && sideMatches(targets, other.targets);
    }

    private static boolean sideMatches(List<ActorRef> a, List<ActorRef> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> y.key().equals(x.key())));
    }

    static String keys(List<ActorRef> actors) {
        return String.join("+", actors.stream().map(ActorRef::key).sorted().distinct().toList());
    }
}
