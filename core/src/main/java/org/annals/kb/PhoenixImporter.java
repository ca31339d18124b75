package org.annals.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EntityType;

/**
 * Imports a Phoenix/PETRARCH actor dictionary into the user's KB directory as tables in the curated format
 * ({@code imported/phoenix-<file>.entities.tsv} and {@code .roles.tsv}), kept apart from the curated data.
 *
 * <p>An actor whose head or synonym is exactly a full name of a curated entity of the same country is
 * linked to it: its names are added to that entity and its codes are dropped (curated roles win). Other
 * actors become entities {@code phoenix:<slug>}: a country when all codes are bare country codes, a person
 * when some code is dated, an organization otherwise; dated codes become roles of kind {@code phoenix}, the
 * undated one (or the open-ended one) the base code. Imported people match by their full names only.
 */
public final class PhoenixImporter {

    /** Counts of one import and the files written. */
    public record Report(String name, int entries, int dropped, int linked, int created, int roles,
            Path entitiesFile, Path rolesFile) {
    }

    private static final Set<String> SECTORS = Set.of("ELI", "GOV", "MIL", "COP", "OPP", "REB", "JUD", "LEG",
            "BUS", "MED", "CVL", "REF", "PTY", "EDU", "HLH", "LAB", "AGR", "REL", "CRM", "SPY", "UAF", "IGO", "NGO", "RAD");

    private final CuratedKnowledgeBase curated;

    public PhoenixImporter(CuratedKnowledgeBase curated) {
        this.curated = curated;
    }

    /** Reads {@code dictionary} and writes its tables into {@code directory}, replacing an earlier import of it. */
    public Report importFile(Path dictionary, UserKbDirectory directory) throws IOException {
        PhoenixDictionary.Contents contents = PhoenixDictionary.read(dictionary);
        String name = "phoenix-" + slug(dictionary.getFileName().toString().replaceFirst("\\.txt$", ""));
        List<String[]> entityRows = new ArrayList<>();
        List<String[]> roleRows = new ArrayList<>();
        int linked = 0;
        for (PhoenixDictionary.Entry entry : contents.entries()) {
            String country = countryOf(entry);
            List<String> names = names(entry);
            Optional<KbEntity> same = curatedMatch(names, country);
            if (same.isPresent()) {
                KbEntity e = same.get();
                ActorCode base = curated.codeAt(e, null);
                entityRows.add(row(e.id(), e.type(), e.country(), base == null ? null : base.code(), names, "-",
                        "phoenix,linked"));
                linked++;
                continue;
            }
            String id = "phoenix:" + slug(entry.name());
            EntityType type = typeOf(entry);
            entityRows.add(row(id, type, country, baseCode(entry, country), names,
                    type == EntityType.PERSON ? "-" : "", "phoenix"));
            for (PhoenixDictionary.DatedCode code : entry.codes()) {
                if (!code.undated() && full(code.code(), country) != null) {
                    String written = full(code.code(), country);
                    roleRows.add(new String[] {id, written.substring(0, 3), "phoenix", "", written,
                            code.start() == null ? "" : code.start().toString(),
                            code.end() == null ? "" : code.end().toString(), "Phoenix " + written});
                }
            }
        }
        Files.createDirectories(directory.importedDir());
        Path entities = directory.importedEntities(name);
        Path roles = directory.importedRoles(name);
        String header = "# Imported by annals kb import --format phoenix from " + dictionary.getFileName()
                + " (" + contents.entries().size() + " actors); format of kb/people.tsv and kb/roles.tsv (docs/kb.md)\n";
        write(entities, header, entityRows);
        write(roles, header, roleRows);
        return new Report(name, contents.entries().size(), contents.dropped(), linked,
                contents.entries().size() - linked, roleRows.size(), entities, roles);
    }

    private static void write(Path file, String header, List<String[]> rows) throws IOException {
        StringBuilder out = new StringBuilder(header);
        for (String[] row : rows) {
            out.append(String.join("\t", row)).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String[] row(String id, EntityType type, String country, String code, List<String> names,
            String shortNames, String tags) {
        return new String[] {id, type.name(), country == null ? "-" : country, code == null ? "-" : code,
                String.join("|", names), shortNames, tags};
    }

    /** Head and synonyms in the case news writes them; short all-capital heads are kept as acronyms too. */
    private static List<String> names(PhoenixDictionary.Entry entry) {
        Set<String> names = new LinkedHashSet<>();
        List<String> phrases = new ArrayList<>();
        phrases.add(entry.name());
        phrases.addAll(entry.synonyms());
        for (String phrase : phrases) {
            String clean = phrase.replace('|', ' ').replace('\t', ' ').strip();
            if (clean.isEmpty()) {
                continue;
            }
            names.add(titleCase(clean));
            if (!clean.contains(" ") && clean.length() <= 5 && clean.equals(clean.toUpperCase(Locale.ROOT))) {
                names.add(clean); // "NATO", "ANSF": an acronym must keep its capitals to be keyed as one
            }
        }
        return List.copyOf(names);
    }

    static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean start = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    /** A curated entity one of the names designates exactly (full name, same country when both say). */
    private Optional<KbEntity> curatedMatch(List<String> names, String country) {
        for (String name : names) {
            String key = NameKey.of(name);
            for (KbCandidate c : curated.lookup(name, "en", null)) {
                boolean sameName = NameKey.of(c.matchedName()).equals(key);
                boolean sameCountry = country == null || c.entity().country() == null
                        || country.equals(c.entity().country());
                if (sameName && sameCountry) {
                    return Optional.of(c.entity());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The country of an actor: the first code's first three letters when they are a known country. A dissolved
     * state's code comes after the others: Phoenix writes a republic before independence as the union's code
     * plus its own ("[USRKAZ <911216]" for Kazakhstan), and the actor is the republic.
     */
    private String countryOf(PhoenixDictionary.Entry entry) {
        String former = null;
        for (PhoenixDictionary.DatedCode code : entry.codes()) {
            if (code.code().length() >= 3 && !SECTORS.contains(code.code().substring(0, 3))) {
                String alpha3 = code.code().substring(0, 3);
                if (curated.formerState(alpha3).isPresent()) {
                    former = former == null ? alpha3 : former;
                    continue;
                }
                if (curated.entity(KnowledgeBase.countryId(alpha3)).isPresent()) {
                    return alpha3;
                }
                return former;
            }
        }
        return former;
    }

    private static EntityType typeOf(PhoenixDictionary.Entry entry) {
        if (entry.codes().stream().allMatch(c -> c.code().length() == 3 && !SECTORS.contains(c.code()))) {
            return EntityType.GPE;
        }
        return entry.codes().stream().anyMatch(c -> !c.undated()) ? EntityType.PERSON : EntityType.ORGANIZATION;
    }

    /** The undated code, else the open-ended one; a bare sector ("ELI") takes the actor's country. */
    private static String baseCode(PhoenixDictionary.Entry entry, String country) {
        String base = null;
        for (PhoenixDictionary.DatedCode code : entry.codes()) {
            if (code.undated()) {
                base = code.code();
            }
        }
        if (base == null) {
            base = entry.codes().stream().filter(c -> c.end() == null).map(PhoenixDictionary.DatedCode::code)
                    .reduce((a, b) -> b).orElse(null);
        }
        return base == null ? null : full(base, country);
    }

    /** A code with its country: a bare sector gets the actor's country (null when it has none). */
    private static String full(String code, String country) {
        if (SECTORS.contains(code)) {
            return country == null ? null : country + code;
        }
        return code;
    }

    private static String slug(String text) {
        return NameKey.ascii(text).replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", "");
    }
}
