package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The team's role-at-date cases ({@code kb/role-changes.tsv}): a title phrase names a different person on
 * each side of a change of office; leaders, foreign and defence ministers of the G20 since 2015.
 */
class RoleChangesTest {

    @Test
    void titlesNameTheHolderAtTheDate() throws IOException {
        KnowledgeBase kb = KnowledgeBases.standard();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int changes = 0;
        String previousTitle = null;
        for (String line : FixtureLines.of("role-changes")) {
            String[] f = line.split("\t");
            cases++;
            String title = f[0] + ":" + f[1];
            changes += title.equals(previousTitle) ? 1 : 0;
            previousTitle = title;
            Optional<KbCandidate> holder = kb.holderOf(f[1], f[0], LocalDate.parse(f[2]));
            String got = holder.map(c -> c.entity().id()).orElse("nobody");
            if (!got.equals("annals:" + f[3].strip())) {
                failures.add(line + " → " + got);
            }
        }
        System.out.printf("role changes: %d cases, %d changes of holder, %d wrong%n", cases, changes, failures.size());
        failures.forEach(System.out::println);
        assertTrue(changes >= 30);
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
