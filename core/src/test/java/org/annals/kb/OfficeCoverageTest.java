package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How much of 2000 to the KB's verification day each office is known for, per country, and that holders of
 * one office do not overlap on the days they surely held it. Prints the coverage table; asserts only consistency, never a count.
 */
class OfficeCoverageTest {

    private static final CuratedKnowledgeBase KB = KnowledgeBases.standard();
    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 10, 31);
    private static final List<String> OFFICES = List.of("foreign-minister", "defence-minister");
    /** Heads of state and government are found by flag: their role kinds differ by country. */
    private static final Map<String, Predicate<RoleFact>> PRINTED = new LinkedHashMap<>();

    static {
        PRINTED.put("head of state", f -> f.flags().contains("HOS"));
        PRINTED.put("head of government", f -> f.flags().contains("HOG"));
        for (String office : OFFICES) {
            PRINTED.put(office, f -> f.kind().equals(office));
        }
    }
    /** Handovers are dated by both holders' inclusive days; more than this is a real overlap. */
    private static final int HANDOVER_DAYS = 2;

    @Test
    void holdersOfOneOfficeDoNotOverlap() {
        List<String> overlaps = new ArrayList<>();
        for (String office : OFFICES) {
            for (List<RoleFact> terms : termsByCountry(f -> f.kind().equals(office)).values()) {
                for (int i = 1; i < terms.size(); i++) {
                    Role previous = terms.get(i - 1).role();
                    Role next = terms.get(i).role();
                    // Days surely held must not overlap; a handover known only to the month may.
                    LocalDate previousEnd = previous.certainUntil() == null ? LocalDate.MAX : previous.certainUntil();
                    if (next.certainFrom() != null
                            && previousEnd.isAfter(next.certainFrom().plusDays(HANDOVER_DAYS))) {
                        overlaps.add(terms.get(i - 1).entityId() + " / " + terms.get(i).entityId() + " ("
                                + terms.get(i).country() + " " + office + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    @Test
    void everyRoleBelongsToAKnownEntity() {
        List<String> orphans = KB.roles().stream()
                .map(RoleFact::entityId)
                .filter(id -> KB.entity(id).isEmpty())
                .distinct()
                .toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    void printsCoverageSince2000() {
        percentByOffice().forEach((office, percent) -> {
            long full = percent.values().stream().filter(p -> p >= 95).count();
            System.out.printf("%s: %d countries with a holder, %d covered on >= 95%% of their days 2000-01-01..%s%n",
                    office, percent.size(), full, TO);
            System.out.println("  " + percent.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + "%")
                    .collect(Collectors.joining(", ")));
        });
    }

    @Test
    void printsCountriesWithEveryOfficeCovered() {
        Map<String, Map<String, Long>> percentByOffice = percentByOffice();
        // A country counts when its leader (head of state or of government) and both ministers are known on
        // at least 95% of the days: presidential systems have no separate head of government.
        List<String> complete = new ArrayList<>();
        for (String country : percentByOffice.get("foreign-minister").keySet()) {
            long leader = Math.max(percentByOffice.get("head of state").getOrDefault(country, 0L),
                    percentByOffice.get("head of government").getOrDefault(country, 0L));
            if (leader >= 95 && percentByOffice.get("foreign-minister").getOrDefault(country, 0L) >= 95
                    && percentByOffice.get("defence-minister").getOrDefault(country, 0L) >= 95) {
                complete.add(country);
            }
        }
        System.out.printf("leader, foreign and defence minister all known on >= 95%% of days: %d countries%n  %s%n",
                complete.size(), String.join(" ", complete));
    }

    /**
     * Per printed office, per country: the whole-number percentage of the days of the period on which the country
     * existed as itself (Serbia from 2006, FR Yugoslavia until then) with a known holder.
     */
    private static Map<String, Map<String, Long>> percentByOffice() {
        Map<String, Map<String, Long>> percentByOffice = new LinkedHashMap<>();
        PRINTED.forEach((office, filter) -> {
            Map<String, Long> percent = new TreeMap<>();
            termsByCountry(filter).forEach((country, terms) -> {
                LocalDate[] window = existence(country);
                if (window != null) {
                    long span = ChronoUnit.DAYS.between(window[0], window[1]) + 1;
                    percent.put(country, 100 * coveredDays(terms, window[0], window[1]) / span);
                }
            });
            percentByOffice.put(office, percent);
        });
        return percentByOffice;
    }

    /** First and last day of the period on which a country existed as itself, or null when it did not. */
    private static LocalDate[] existence(String country) {
        LocalDate from = FROM;
        LocalDate to = TO;
        Optional<FormerState> former = KB.formerState(country);
        if (former.isPresent()) {
            from = former.get().start().isAfter(from) ? former.get().start() : from;
            to = former.get().end().isBefore(to) ? former.get().end() : to;
        }
        for (String holder = KB.stateHolding(country, from); !holder.equals(country) && !from.isAfter(to);
             holder = KB.stateHolding(country, from)) {
            from = KB.formerState(holder).orElseThrow().end().plusDays(1);
        }
        return from.isAfter(to) ? null : new LocalDate[] {from, to};
    }

    private static Map<String, List<RoleFact>> termsByCountry(Predicate<RoleFact> office) {
        Map<String, List<RoleFact>> byCountry = new TreeMap<>();
        for (RoleFact fact : KB.roles()) {
            if (office.test(fact)) {
                byCountry.computeIfAbsent(fact.country(), c -> new ArrayList<>()).add(fact);
            }
        }
        byCountry.values().forEach(terms -> terms.sort((a, b) -> start(a).compareTo(start(b))));
        return byCountry;
    }

    private static LocalDate start(RoleFact fact) {
        return fact.role().start() == null ? LocalDate.MIN : fact.role().start();
    }

    private static long coveredDays(List<RoleFact> terms, LocalDate from, LocalDate to) {
        long days = 0;
        LocalDate cursor = from;
        for (RoleFact term : terms) {
            // Only days the holder surely held the office count: a handover known to the month is a gap.
            Role role = term.role();
            LocalDate start = role.certainFrom() == null || role.certainFrom().isBefore(cursor)
                    ? cursor : role.certainFrom();
            LocalDate end = role.certainUntil() == null || role.certainUntil().isAfter(to) ? to : role.certainUntil();
            if (!end.isBefore(start)) {
                days += ChronoUnit.DAYS.between(start, end) + 1;
                cursor = end.plusDays(1);
            }
        }
        return days;
    }
}
