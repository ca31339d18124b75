package org.annals.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.resources.TsvResource;
import org.junit.jupiter.api.Test;

/**
 * The organizations of the world (IGO bodies, NGOs, armed groups, parties, media): news spellings in several
 * languages find them with the right country and sector, and their names do not turn ordinary words into actors.
 */
class WorldOrganizationsTest {

    private static final CuratedKnowledgeBase KB = KnowledgeBases.standard();
    private static final List<String> FILES = List.of("organizations-world.tsv", "ngos.tsv", "armed-groups.tsv",
            "parties.tsv", "media.tsv");
    /** Code prefixes that are not a country: international bodies, NGOs, international militant groups. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG");

    @Test
    void newsSpellingsFindTheOrganizationWithItsCode() {
        Set<String> ours = idsOfOurFiles();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String[] row : TsvResource.rows("kb/organization-lookups.tsv")) {
            String query = row[0];
            String lang = row[1];
            LocalDate date = LocalDate.parse(row[2]);
            String expected = row[3];
            List<KbCandidate> found = KB.lookup(query, lang, date);
            checked++;
            if (expected.equals("-")) {
                found.stream().filter(c -> ours.contains(c.entity().id())).findFirst()
                        .ifPresent(c -> wrong.add(query + " (" + lang + ") should match none, got " + c.entity().id()));
                continue;
            }
            Optional<KbCandidate> best = found.stream().findFirst();
            String got = best.map(c -> c.entity().id() + " " + c.code().code()).orElse("nothing");
            if (best.isEmpty() || !best.get().entity().id().equals("annals:" + expected)
                    || !row[4].equals(best.get().code().code())) {
                wrong.add(query + " (" + lang + "): expected " + expected + " " + row[4] + ", got " + got);
            } else if (found.size() > 1 && found.get(1).score() >= best.get().score()) {
                wrong.add(query + " (" + lang + "): tie with " + found.get(1).entity().id());
            }
        }
        assertTrue(checked >= 150, "fixture too small: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void codesAreCountryPlusSector() {
        List<String> bad = new ArrayList<>();
        for (String file : FILES) {
            for (String[] row : TsvResource.rows("kb/" + file)) {
                String country = TsvResource.field(row, 2);
                String code = TsvResource.field(row, 3);
                String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
                boolean wellFormed = code.matches("[A-Z]{3}[A-Z0-9]*");
                boolean countryKnown = country.equals("-") || KB.entity("annals:country-" + country.toLowerCase()).isPresent()
                        || country.equals("ESH"); // Western Sahara: a territory, not a member or observer
                // A national NGO is NGO + its country + sector (Phoenix); a state-based actor starts with its country.
                boolean consistent = NON_STATE.contains(prefix) ? (!prefix.equals("NGO") || country.equals("-")
                        || code.startsWith("NGO" + country))
                        : prefix.equals(country);
                if (!wellFormed || !countryKnown || !consistent) {
                    bad.add(file + ": " + row[0] + " " + country + " " + code);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void endDatesAreDays() {
        List<String> bad = new ArrayList<>();
        for (String file : FILES) {
            for (String[] row : TsvResource.rows("kb/" + file)) {
                for (String tag : TsvResource.field(row, 6).split(",")) {
                    if (tag.startsWith("ended:") || tag.startsWith("banned:")) {
                        try {
                            LocalDate.parse(tag.substring(tag.indexOf(':') + 1));
                        } catch (RuntimeException e) {
                            bad.add(row[0] + " " + tag);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    /**
     * A one-word name that is a common word of some language ("Renaissance", "Podemos", "ira") would make that
     * word an actor: such names carry context ("parti Renaissance") or the as-written mark ("=IRA").
     */
    @Test
    void noOneWordNameIsACommonWord() {
        Map<String, List<String>> wordsByKey = new HashMap<>();
        for (String[] row : TsvResource.rows("kb/common-words.tsv")) {
            for (String word : row[1].split("\\|")) {
                wordsByKey.computeIfAbsent(NameKey.of(word), k -> new ArrayList<>()).add(row[0] + ":" + word);
            }
        }
        List<String> clashes = new ArrayList<>();
        for (String file : FILES) {
            for (String[] row : TsvResource.rows("kb/" + file)) {
                for (String entry : TsvResource.field(row, 4).split("\\|")) {
                    String name = entry.substring(entry.indexOf(':') + 1).strip();
                    if (name.startsWith("=") || CuratedKnowledgeBase.isTwoLetterAcronym(name)
                            || NameKey.tokens(name).size() != 1) {
                        continue;
                    }
                    // Organizations match only within a script: Latin "Kommersant" is no Russian word.
                    Character.UnicodeScript script = CuratedKnowledgeBase.scriptOf(name);
                    for (String word : wordsByKey.getOrDefault(NameKey.of(name), List.of())) {
                        String bare = word.substring(word.indexOf(':') + 1);
                        if (CuratedKnowledgeBase.scriptOf(bare) == script) {
                            clashes.add(row[0] + " \"" + name + "\" = " + word);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void asWrittenNamesMatchOnlyInTheirOwnCase() {
        LocalDate date = LocalDate.parse("2015-01-01");
        assertEquals("annals:org-un", top("UN", "en", date));
        assertTrue(KB.lookup("Un", "fr", date).stream().noneMatch(c -> c.entity().id().equals("annals:org-un")));
        assertTrue(KB.lookup("un", "fr", date).stream().noneMatch(c -> c.entity().id().equals("annals:org-un")));
        assertEquals("annals:group-isis", top("IS", "de", date));
        assertEquals("annals:group-isis", top("ИГ", "ru", date));
        assertTrue(KB.lookup("Ig", "ru", date).stream().noneMatch(c -> c.entity().id().equals("annals:group-isis")));
        assertEquals("annals:group-ira", top("IRA", "es", date));
        assertTrue(KB.lookup("Ira", "es", date).stream().noneMatch(c -> c.entity().id().equals("annals:group-ira")));
        // The mark is documentation for the loader, not part of the name.
        assertTrue(KB.names("annals:group-ira").contains("IRA"));
        assertTrue(KB.names("annals:group-ira").stream().noneMatch(n -> n.startsWith("=")));
    }

    @Test
    void digitsTellBodiesApart() {
        LocalDate date = LocalDate.parse("2015-01-01");
        assertEquals(List.of("annals:org-g20"), ids(KB.lookup("G20", "en", date)));
        assertEquals(List.of("annals:org-g7"), ids(KB.lookup("G7", "en", date)));
        assertEquals(List.of("annals:org-g77"), ids(KB.lookup("G77", "en", date)));
        assertEquals("annals:media-france24", top("France 24", "fr", date));
        assertEquals("annals:country-fra", top("France", "fr", date));
    }

    @Test
    void everyFileHoldsItsShareOfTheWorld() {
        Map<String, Integer> counts = new HashMap<>();
        for (String file : FILES) {
            counts.put(file, TsvResource.rows("kb/" + file).size());
        }
        assertTrue(counts.get("organizations-world.tsv") >= 80, counts.toString());
        assertTrue(counts.get("ngos.tsv") >= 30, counts.toString());
        assertTrue(counts.get("armed-groups.tsv") >= 120, counts.toString());
        assertTrue(counts.get("parties.tsv") >= 80, counts.toString());
        assertTrue(counts.get("media.tsv") >= 40, counts.toString());
    }

    private static String top(String name, String lang, LocalDate date) {
        return KB.lookup(name, lang, date).stream().findFirst().map(c -> c.entity().id()).orElse("nothing");
    }

    private static List<String> ids(List<KbCandidate> candidates) {
        return candidates.stream().map(c -> c.entity().id()).toList();
    }

    private static Set<String> idsOfOurFiles() {
        Set<String> ids = new HashSet<>();
        for (String file : FILES) {
            for (String[] row : TsvResource.rows("kb/" + file)) {
                ids.add(row[0]);
            }
        }
        return ids;
    }
}
