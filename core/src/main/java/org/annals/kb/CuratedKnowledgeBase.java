package org.annals.kb;

import org.annals.resources.TsvResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.annals.model.EntityType;

/**
 * The knowledge base built from the curated data files under {@code kb/} on the classpath (format in
 * docs/kb.md) and from ICU's CLDR country names. Immutable after construction, so reads are thread-safe.
 */
public final class CuratedKnowledgeBase implements KnowledgeBase {

    /** Languages with role nouns, agent nouns and inflection data. */
    static final List<String> LANGUAGES = CountryLexicon.ADJECTIVE_LANGUAGES;

    /** Languages whose CLDR country names also go through the phonetic name index. */
    private static final List<String> KEYED_COUNTRY_LANGUAGES = List.of("en", "fr", "de", "es", "it", "ru", "uk", "pl");

    private static final double INFLECTED = 0.95;
    private static final double SURNAME_ONLY = 0.8;
    private static final double ADJECTIVE = 0.7;
    /** A name reached through its spelling key only ("Than Swe" keyed like "Than Shwe") yields to an exact one. */
    private static final double SPELLING_KEY = 0.92;
    private static final double UNVERIFIED = 0.9;
    /**
     * A surname with given names that fit, in another order or a subset ("Ahmad Nawaf" for "Nawaf al-Ahmad
     * al-Sabah"'s relative), yields to the person whose full name it is: in ruling families the relatives share
     * every name.
     */
    private static final double GIVEN_NAMES_FIT = 0.98;
    private static final int MAX_COMBINATIONS = 64;
    /** Keys of the particles that begin surnames; alone before a surname they are no given name. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "da", "di", "du", "van", "von", "der", "den",
            "la", "le", "al", "el");

    /** What the KB holds about one entity beyond the public record. */
    private record EntityData(KbEntity entity, ActorCode baseCode, Set<String> tags, List<RoleFact> roles,
            boolean surnameAlone) {
        boolean hasLeadingRole() {
            return roles.stream().anyMatch(r -> !Collections.disjoint(r.flags(), Set.of("LEADER", "HOS", "HOG")));
        }
    }

    /**
     * A name of an entity found under some key; {@code asWritten} names match only a query spelled the same,
     * letter case included (two-letter acronyms, and names marked {@code =} in the data: "=IRA", "=ETA").
     */
    private record NameHit(String entityId, String name, boolean asWritten) {
        NameHit(String entityId, String name) {
            this(entityId, name, isTwoLetterAcronym(name));
        }

        Character.UnicodeScript script() {
            return scriptOf(name);
        }
    }

    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\\p{Pi}\\p{Ps}\"'«„“]+|[\\p{Pf}\\p{Pe}\"'»“”]+$");
    private static final Pattern TWO_CAPITALS = Pattern.compile("\\p{Lu}\\.?\\p{Lu}\\.?");

    /** Marks a name in the data files as matching only as written ("=IRA": not the Spanish word "ira"). */
    private static final String AS_WRITTEN = "=";

    /** One entry of a names column: the name without its language prefix and whether it is marked as-written. */
    private record NameEntry(String name, boolean asWritten) {
    }

    /** Two capital letters, dots allowed: such names are ordinary words in some language ("is", "un", "ap"). */
    static boolean isTwoLetterAcronym(String name) {
        return TWO_CAPITALS.matcher(name.strip()).matches();
    }

    /** An as-written name matches only the same letters in the same case ("IS", "I.S."), never "is" or "Is". */
    private static boolean writtenAs(String query, NameHit hit) {
        return !hit.asWritten() || sameLetters(query, hit.name());
    }

    private static boolean sameLetters(String a, String b) {
        return a.strip().replace(".", "").equals(b.strip().replace(".", ""));
    }

    /** The script of the first letter of a text (COMMON when it has none). */
    static Character.UnicodeScript scriptOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return Character.UnicodeScript.of(text.codePointAt(i));
            }
        }
        return Character.UnicodeScript.COMMON;
    }

    private final Map<String, EntityData> entities = new LinkedHashMap<>();
    private final Map<String, List<NameHit>> fullNames = new HashMap<>();
    private final Map<String, List<NameHit>> surnames = new HashMap<>();
    private final Map<String, List<NameHit>> exactNames = new HashMap<>();
    private final Map<String, Set<String>> givenNameKeys = new HashMap<>();
    private final List<RoleFact> roleFacts = new ArrayList<>();
    private final Map<String, WordForms> inflections = new HashMap<>();
    private final Map<String, List<String>> namesById = new HashMap<>();
    private final Map<String, List<String>> externalIds = new HashMap<>();
    /** Keys of tokens already seen (news repeats names); bounded so a long run cannot grow it forever. */
    private final Map<String, Map<String, Double>> tokenKeyCache = new ConcurrentHashMap<>();
    private static final int TOKEN_CACHE_LIMIT = 100_000;
    private final CountryLexicon countries;
    /** Keys computed while loading (names repeat across languages); dropped once the KB is built. */
    private Map<String, String> loadKeys = new HashMap<>();
    /** Open-ended roles were verified as ongoing up to this day ({@code kb/metadata.tsv}). */
    private final LocalDate verifiedUntil;
    private final TitleLexicon titles;
    private final SectorLexicon sectors;
    /** An overlay layer (imported or learned tables over the curated KB): no countries of its own. */
    private final boolean overlay;

    /** Loads everything from the classpath; prefer {@link KnowledgeBases#standard()}, which caches it. */
    public CuratedKnowledgeBase() {
        // ICU's locale data is the slowest part of loading: read it on a second thread meanwhile.
        CompletableFuture<CountryLexicon> lexicon = new CompletableFuture<>();
        Thread icu = new Thread(() -> {
            try {
                lexicon.complete(new CountryLexicon());
            } catch (RuntimeException | Error e) {
                lexicon.completeExceptionally(e);
            }
        }, "annals-kb-countries");
        icu.setDaemon(true);
        icu.start();
        LocalDate horizon = null;
        for (String[] row : TsvResource.rows("kb/metadata.tsv")) {
            if (TsvResource.field(row, 0).equals("open-roles-verified-until")) {
                horizon = LocalDate.parse(TsvResource.field(row, 1));
            }
        }
        verifiedUntil = horizon;
        overlay = false;
        List<String[]> capitals = new ArrayList<>();
        titles = new TitleLexicon(LANGUAGES);
        sectors = new SectorLexicon(LANGUAGES);
        for (String language : LANGUAGES) {
            WordForms rules = WordForms.load("kb/" + language + "/inflection.tsv");
            if (!rules.isEmpty()) {
                inflections.put(language, rules);
            }
        }
        List<String[]> roleRows = new ArrayList<>();
        for (String resource : listedFiles("kb/roles.txt")) {
            roleRows.addAll(TsvResource.rows(resource));
        }
        Map<String, List<RoleFact>> rolesById = loadRoles(roleRows);
        for (String resource : listedFiles("kb/entities.txt")) {
            loadEntities(resource, TsvResource.rows(resource), rolesById, capitals);
        }
        countries = lexicon.join();
        loadCountries();
        for (String[] capital : capitals) {
            countries.addWord(capital[0], capital[1]);
        }
        for (String[] row : TsvResource.rows("kb/external-ids.tsv")) {
            externalIds.computeIfAbsent(TsvResource.field(row, 0), k -> new ArrayList<>())
                    .add(TsvResource.field(row, 1));
        }
        loadKeys = null;
        countries.loadOtherLocalesInBackground();
    }

    /**
     * A layer over {@code base}: entity and role tables in the curated format (imported dictionaries, learned
     * facts) sharing the base's lexicons. A layer knows only its own entities; a later row with an id already
     * loaded adds its names (imports often list one actor under several heads).
     */
    CuratedKnowledgeBase(CuratedKnowledgeBase base, List<List<String[]>> entityTables, List<String[]> roleRows) {
        verifiedUntil = base.verifiedUntil;
        titles = base.titles;
        sectors = base.sectors;
        countries = base.countries;
        inflections.putAll(base.inflections);
        overlay = true;
        Map<String, List<RoleFact>> rolesById = loadRoles(roleRows);
        int table = 0;
        for (List<String[]> rows : entityTables) {
            loadEntities("layer table " + (++table), rows, rolesById, new ArrayList<>());
        }
        // Roles of entities the layer does not hold would answer holderOf with nobody.
        roleFacts.removeIf(f -> !entities.containsKey(f.entityId()));
        loadKeys = null;
    }

    /** The data files an index file lists, one per line, relative to {@code kb/}. */
    private static List<String> listedFiles(String index) {
        List<String> files = new ArrayList<>();
        for (String line : TsvResource.lines(index)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                files.add("kb/" + line.strip());
            }
        }
        return files;
    }

    private String key(String name) {
        return loadKeys == null ? NameKey.of(name) : loadKeys.computeIfAbsent(name, NameKey::of);
    }

    private List<String> keyTokens(String name) {
        String key = key(name);
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    // ---------------------------------------------------------------- loading

    private Map<String, List<RoleFact>> loadRoles(List<String[]> rows) {
        Map<String, List<RoleFact>> byId = new HashMap<>();
        for (String[] row : rows) {
            Set<String> flags = new HashSet<>();
            for (String flag : TsvResource.field(row, 3).split(",")) {
                if (!flag.isBlank() && !flag.equals("-")) {
                    flags.add(flag.strip());
                }
            }
            Role role = new Role(TsvResource.field(row, 7), ActorCodes.parse(TsvResource.field(row, 4)),
                    TermBound.parse(TsvResource.field(row, 5)), TermBound.parse(TsvResource.field(row, 6)));
            RoleFact fact = new RoleFact(TsvResource.field(row, 0), TsvResource.field(row, 1),
                    TsvResource.field(row, 2), flags, role);
            byId.computeIfAbsent(fact.entityId(), k -> new ArrayList<>()).add(fact);
            roleFacts.add(fact);
        }
        return byId;
    }

    private void loadCountries() {
        for (CountryLexicon.Country country : countries.countries()) {
            String id = KnowledgeBase.countryId(country.alpha3());
            KbEntity entity = new KbEntity(id, country.englishName(), EntityType.GPE, country.alpha3(), List.of());
            Set<String> tags = country.status().equals(CountryLexicon.FORMER) ? Set.of("country", "former")
                    : Set.of("country");
            entities.put(id, new EntityData(entity, new ActorCode(country.alpha3(), null), tags, List.of(), false));
            for (String name : country.names().values()) {
                exactNames.computeIfAbsent(CountryLexicon.normalize(name), k -> new ArrayList<>())
                        .add(new NameHit(id, name));
            }
            for (String name : country.otherNames()) {
                exactNames.computeIfAbsent(CountryLexicon.normalize(name), k -> new ArrayList<>())
                        .add(new NameHit(id, name));
                indexFull(id, name);
            }
            for (String name : countries.namesIn(country, KEYED_COUNTRY_LANGUAGES)) {
                indexFull(id, name);
            }
        }
    }

    /** Loads one entity file; capital names are collected for the country lexicon (name, alpha-3). */
    private void loadEntities(String resource, List<String[]> rows, Map<String, List<RoleFact>> rolesById,
            List<String[]> capitals) {
        for (String[] row : rows) {
            String id = TsvResource.field(row, 0);
            if (entities.containsKey(id) && overlay) {
                addNames(id, row);
                continue;
            }
            if (entities.containsKey(id)) {
                throw new IllegalStateException("duplicate entity id " + id + " in " + resource);
            }
            EntityType type = EntityType.valueOf(TsvResource.field(row, 1));
            String country = emptyToNull(TsvResource.field(row, 2));
            ActorCode base = ActorCodes.parse(TsvResource.field(row, 3));
            List<String> names = namesOf(row);
            String shortField = TsvResource.field(row, 5);
            Set<String> tags = new LinkedHashSet<>(List.of(TsvResource.field(row, 6).split(",")));
            tags.remove("");
            List<RoleFact> facts = new ArrayList<>(rolesById.getOrDefault(id, List.of()));
            facts.sort(Comparator.comparing((RoleFact f) -> f.role().start(),
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            KbEntity entity = new KbEntity(id, names.get(0), type, country,
                    facts.stream().map(RoleFact::role).toList());
            boolean surnameAlone = type == EntityType.PERSON && !shortField.equals("-");
            entities.put(id, new EntityData(entity, base, Set.copyOf(tags), List.copyOf(facts), surnameAlone));
            Set<String> asWritten = namesAsWritten(row);
            for (String name : names) {
                indexFull(id, name, asWritten.contains(name));
            }
            namesById.put(id, List.copyOf(names));
            if (type == EntityType.PERSON) {
                indexPerson(id, names, shortField);
            }
            if (tags.contains("capital") && country != null) {
                for (String name : names) {
                    capitals.add(new String[] {name, country});
                }
            }
        }
    }

    /** The names column of an entity row; "lang:Name" prefixes are documentation, matching is script-neutral. */
    private static List<String> namesOf(String[] row) {
        return nameEntries(row).stream().map(NameEntry::name).toList();
    }

    /** The names of an entity row marked to match only as written ({@code en:=IRA}), without the mark. */
    private static Set<String> namesAsWritten(String[] row) {
        Set<String> marked = new HashSet<>();
        for (NameEntry entry : nameEntries(row)) {
            if (entry.asWritten()) {
                marked.add(entry.name());
            }
        }
        return marked;
    }

    private static List<NameEntry> nameEntries(String[] row) {
        List<NameEntry> entries = new ArrayList<>();
        for (String entry : TsvResource.field(row, 4).split("\\|")) {
            int colon = entry.indexOf(':');
            String name = (colon > 0 && colon <= 3 ? entry.substring(colon + 1) : entry).strip();
            boolean asWritten = name.startsWith(AS_WRITTEN);
            name = asWritten ? name.substring(AS_WRITTEN.length()).strip() : name;
            if (!name.isEmpty()) {
                entries.add(new NameEntry(name, asWritten));
            }
        }
        return entries;
    }

    /** A further row for an entity already loaded (overlays only): its new names are indexed too. */
    private void addNames(String id, String[] row) {
        EntityData data = entities.get(id);
        List<String> known = new ArrayList<>(namesById.getOrDefault(id, List.of()));
        List<String> added = namesOf(row).stream().filter(n -> !known.contains(n)).toList();
        if (added.isEmpty()) {
            return;
        }
        known.addAll(added);
        namesById.put(id, List.copyOf(known));
        Set<String> asWritten = namesAsWritten(row);
        for (String name : added) {
            indexFull(id, name, asWritten.contains(name));
        }
        if (data.entity().type() == EntityType.PERSON) {
            indexPerson(id, added, TsvResource.field(row, 5));
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() || s.equals("-") ? null : s;
    }

    private void indexFull(String id, String name) {
        indexFull(id, name, false);
    }

    private void indexFull(String id, String name, boolean asWritten) {
        String key = key(name);
        if (!key.isEmpty()) {
            add(fullNames, key, new NameHit(id, name, asWritten || isTwoLetterAcronym(name)));
        }
    }

    private void indexPerson(String id, List<String> names, String shortField) {
        Set<String> surnameKeys = new LinkedHashSet<>();
        List<String> explicit = shortField.isEmpty() || shortField.equals("-") ? List.of()
                : List.of(shortField.split("\\|"));
        for (String s : explicit) {
            surnameKeys.add(key(s.strip()));
            add(surnames, key(s.strip()), new NameHit(id, s.strip()));
        }
        Set<String> given = givenNameKeys.computeIfAbsent(id, k -> new HashSet<>());
        for (String name : names) {
            List<String> tokens = keyTokens(name);
            if (explicit.isEmpty() && !tokens.isEmpty()) {
                String last = tokens.get(tokens.size() - 1);
                surnameKeys.add(last);
                String[] words = name.strip().split("[\\s\\-‐]+");
                add(surnames, last, new NameHit(id, words[words.length - 1]));
            }
        }
        for (String name : names) {
            for (String token : keyTokens(name)) {
                if (!surnameKeys.contains(token)) {
                    given.add(token);
                }
            }
        }
    }

    private static void add(Map<String, List<NameHit>> index, String key, NameHit hit) {
        List<NameHit> hits = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        // One hit per entity and script is enough: the script decides whether a hit may be used.
        // As-written names under one key ("UNITA", "Unita") are kept apart, and apart from free ones.
        if (hits.stream().noneMatch(h -> h.entityId().equals(hit.entityId()) && h.script() == hit.script()
                && h.asWritten() == hit.asWritten() && (!hit.asWritten() || sameLetters(h.name(), hit.name())))) {
            hits.add(hit);
        }
    }

    // ---------------------------------------------------------------- KnowledgeBase

    @Override
    public List<KbCandidate> lookup(String name, String language, LocalDate date) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Map<String, KbCandidate> best = new HashMap<>();
        for (NameHit hit : exactNames.getOrDefault(CountryLexicon.normalize(name), List.of())) {
            offer(best, hit, 1.0, date);
        }
        List<Map<String, Double>> tokens = tokenKeys(name, language);
        int n = tokens.size();
        if (n > 0) {
            Character.UnicodeScript script = scriptOf(name);
            String written = CountryLexicon.normalize(name);
            for (Map.Entry<String, Double> combo : combinations(tokens, 0, n).entrySet()) {
                for (NameHit hit : fullNames.getOrDefault(combo.getKey(), List.of())) {
                    // Only people are matched across scripts: places and organizations have their names
                    // in each script in the data, and "Георгия" (George, genitive) is not "Georgia".
                    boolean person = entities.get(hit.entityId()).entity().type() == EntityType.PERSON;
                    if ((person || hit.script() == script) && writtenAs(name, hit)) {
                        boolean exact = CountryLexicon.normalize(hit.name()).equals(written);
                        offer(best, hit, combo.getValue() * (exact ? 1.0 : SPELLING_KEY), date);
                    }
                }
            }
            matchPersons(tokens, best, date);
        }
        if (best.isEmpty() && !overlay) {
            // An adjective or demonym used as a name ("Kazakh", "украинский"): the country, scored low.
            countryOf(name, language).ifPresent(alpha3 -> offer(best,
                    new NameHit(KnowledgeBase.countryId(alpha3), name.strip()), ADJECTIVE, date));
        }
        if (best.isEmpty() && !overlay && !CountryLexicon.isEager(language)) {
            // Last resort for languages without our lexicons: a country named in any CLDR locale
            // (Arabic, Hindi, Swahili...). Not for ru/fr/...: "Маррокко" is a surname in Russian news.
            countries.countryInAnyLocale(name).ifPresent(alpha3 -> offer(best,
                    new NameHit(KnowledgeBase.countryId(alpha3), name.strip()), 1.0, date));
        }
        List<KbCandidate> ranked = new ArrayList<>(best.values());
        // At equal score a country beats its namesake capital ("Singapore", "Koweït", "Monaco").
        ranked.sort(Comparator.comparingDouble(KbCandidate::score).reversed()
                .thenComparing(c -> !entities.get(c.entity().id()).tags().contains("country"))
                .thenComparing(c -> c.entity().id()));
        return List.copyOf(ranked);
    }

    /** Surname (last or first tokens) plus given names that all belong to the same person. */
    private void matchPersons(List<Map<String, Double>> tokens, Map<String, KbCandidate> best, LocalDate date) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Double> surname : combinations(tokens, i, n).entrySet()) {
                for (NameHit hit : surnames.getOrDefault(surname.getKey(), List.of())) {
                    double given = givenNamesFit(hit.entityId(), tokens.subList(0, i));
                    if (i == 0) {
                        if (entities.get(hit.entityId()).surnameAlone()) {
                            offer(best, hit, SURNAME_ONLY * surname.getValue(), date);
                        }
                    } else if (given > 0) {
                        offer(best, hit, GIVEN_NAMES_FIT * given * surname.getValue(), date);
                    }
                }
            }
        }
        for (int j = 1; j < n; j++) { // surname first: "Xi Jinping", "Kim Jong Un"
            for (Map.Entry<String, Double> surname : combinations(tokens, 0, j).entrySet()) {
                for (NameHit hit : surnames.getOrDefault(surname.getKey(), List.of())) {
                    double given = givenNamesFit(hit.entityId(), tokens.subList(j, n));
                    if (given > 0) {
                        offer(best, hit, GIVEN_NAMES_FIT * given * surname.getValue(), date);
                    }
                }
            }
        }
    }

    /** 0 when some token is not one of the person's given names (or their initial), else the weight. */
    private double givenNamesFit(String id, List<Map<String, Double>> tokens) {
        Set<String> given = givenNameKeys.getOrDefault(id, Set.of());
        double weight = 1.0;
        // "de Maizière" is a surname with its particle, not a given name "de": Lothar is not Thomas.
        if (tokens.stream().allMatch(t -> t.keySet().stream().allMatch(SURNAME_PARTICLES::contains))) {
            return 0;
        }
        for (Map<String, Double> token : tokens) {
            double tokenWeight = 0;
            for (Map.Entry<String, Double> key : token.entrySet()) {
                String k = key.getKey();
                boolean fits = given.contains(k)
                        || (k.length() == 1 && given.stream().anyMatch(g -> g.startsWith(k)));
                if (fits) {
                    tokenWeight = Math.max(tokenWeight, key.getValue());
                }
            }
            if (tokenWeight == 0) {
                return 0;
            }
            weight *= tokenWeight;
        }
        return weight;
    }

    private void offer(Map<String, KbCandidate> best, NameHit hit, double matchScore, LocalDate date) {
        EntityData data = entities.get(hit.entityId());
        if (data != null && data.tags().contains("country") && !overlay) {
            // "Yugoslavia" on a day the Federal Republic of Yugoslavia bore the name is that state.
            String designated = countries.designatedOn(data.entity().country(), date);
            if (!designated.equals(data.entity().country())) {
                hit = new NameHit(KnowledgeBase.countryId(designated), hit.name(), hit.asWritten());
                data = entities.get(hit.entityId());
            }
        }
        if (data == null) {
            return; // a country word whose code has no entity ("kosovar")
        }
        double score = matchScore * contextFactor(data, date);
        if (date != null && data.roles().stream().anyMatch(r -> r.role().heldOn(date) && unverified(r, date))) {
            score *= UNVERIFIED;
        }
        KbCandidate current = best.get(hit.entityId());
        if (current == null || current.score() < score) {
            best.put(hit.entityId(), new KbCandidate(data.entity(), hit.name(), score, codeAt(data.entity(), date)));
        }
    }

    /** Prefers the person in office at the date, then people who ever led (father/son, namesakes). */
    private static double contextFactor(EntityData data, LocalDate date) {
        if (data.roles().isEmpty()) {
            return 1.0;
        }
        double factor = data.hasLeadingRole() ? 1.0 : 0.9;
        if (date != null && data.roles().stream().noneMatch(r -> r.role().mayHoldOn(date))) {
            factor *= 0.97;
        }
        return factor;
    }

    /** For every token of the name: its keys, with a weight below 1 for forms reached by un-inflecting. */
    private List<Map<String, Double>> tokenKeys(String name, String language) {
        WordForms rules = language == null ? null : inflections.get(language);
        List<Map<String, Double>> tokens = new ArrayList<>();
        // "Б.Обамы", "A.Merkel": an initial glued to the surname is a token of its own.
        for (String raw : name.strip().split("[\\s\\-‐]+|(?<=\\p{L})\\.(?=\\p{L})")) {
            String cacheKey = language + "\u0000" + raw;
            Map<String, Double> cached = tokenKeyCache.get(cacheKey);
            if (cached != null) {
                if (!cached.isEmpty()) {
                    tokens.add(cached);
                }
                continue;
            }
            Map<String, Double> keys = new LinkedHashMap<>();
            for (String key : NameKey.tokens(raw)) {
                keys.put(key, 1.0);
            }
            WordForms tokenRules = rules;
            if (tokenRules == null && raw.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.CYRILLIC)) {
                tokenRules = inflections.get("ru");
            }
            if (tokenRules != null) {
                // «Талибана», „Вагнера“: the case ending is before the closing quote.
                for (String base : tokenRules.undo(QUOTES_AROUND.matcher(raw).replaceAll(""))) {
                    String key = NameKey.of(base);
                    if (!key.isEmpty() && !key.contains(" ")) {
                        keys.putIfAbsent(key, INFLECTED);
                    }
                }
            }
            Map<String, Double> frozen = Collections.unmodifiableMap(keys);
            if (tokenKeyCache.size() < TOKEN_CACHE_LIMIT) {
                tokenKeyCache.put(cacheKey, frozen);
            }
            if (!frozen.isEmpty()) {
                tokens.add(frozen);
            }
        }
        return tokens;
    }

    /** Space-joined keys of tokens [from, to), each with the product of its token weights. */
    private static Map<String, Double> combinations(List<Map<String, Double>> tokens, int from, int to) {
        Map<String, Double> combos = new LinkedHashMap<>();
        combos.put("", 1.0);
        for (int t = from; t < to; t++) {
            Map<String, Double> next = new LinkedHashMap<>();
            for (Map.Entry<String, Double> prefix : combos.entrySet()) {
                for (Map.Entry<String, Double> key : tokens.get(t).entrySet()) {
                    if (next.size() >= MAX_COMBINATIONS) {
                        break;
                    }
                    String joined = prefix.getKey().isEmpty() ? key.getKey() : prefix.getKey() + " " + key.getKey();
                    next.merge(joined, prefix.getValue() * key.getValue(), Math::max);
                }
            }
            combos = next;
        }
        return combos;
    }

    @Override
    public Optional<KbEntity> entity(String id) {
        EntityData data = entities.get(id);
        return data == null ? Optional.empty() : Optional.of(data.entity());
    }

    @Override
    public ActorCode codeAt(KbEntity entity, LocalDate date) {
        EntityData data = entities.get(entity.id());
        if (data == null) {
            return entity.country() == null ? null : new ActorCode(entity.country(), null);
        }
        if (date == null) {
            return data.baseCode();
        }
        RoleFact held = null;
        for (RoleFact fact : data.roles()) {
            if (fact.role().heldOn(date) && (held == null || rank(fact) < rank(held))) {
                held = fact;
            }
        }
        if (held == null) {
            // Inside a handover known only to the month or year: the role the person may have held is the best
            // guess, and better than calling a new minister an elite or an outgoing one a former.
            held = data.roles().stream().filter(f -> f.role().mayHoldOn(date))
                    .min(Comparator.comparingInt(CuratedKnowledgeBase::rank)).orElse(null);
        }
        if (held != null) {
            return held.role().code();
        }
        boolean leftOffice = data.roles().stream()
                .anyMatch(f -> f.role().end() != null && f.role().end().isBefore(date));
        if (leftOffice && entity.type() == EntityType.PERSON && entity.country() != null) {
            // A politician out of office stays an elite of their country until another role applies.
            return new ActorCode(entity.country(), "ELI");
        }
        return data.baseCode();
    }

    /** An open-ended role asked about after the day open roles were last verified. */
    private boolean unverified(RoleFact fact, LocalDate date) {
        return fact.role().end() == null && verifiedUntil != null && date.isAfter(verifiedUntil);
    }

    /** The day up to which open-ended roles were checked as ongoing, if the data says. */
    public Optional<LocalDate> openRolesVerifiedUntil() {
        return Optional.ofNullable(verifiedUntil);
    }

    private static int rank(RoleFact fact) {
        if (fact.flags().contains("LEADER")) {
            return 0;
        }
        return fact.flags().contains("HOS") || fact.flags().contains("HOG") ? 1 : 2;
    }

    @Override
    public Optional<String> countryOf(String word, String language) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        Optional<String> direct = countries.countryOf(word, language);
        if (direct.isPresent()) {
            return direct;
        }
        WordForms rules = language == null ? null : inflections.get(language);
        if (rules != null) {
            for (String base : rules.undo(word.strip())) {
                Optional<String> found = countries.countryOf(base, language);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<KbCandidate> holderOf(String titlePhrase, String language, LocalDate date) {
        Optional<TitleReading> reading = readTitle(titlePhrase, language);
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        Set<String> modifiers = reading.get().modifiers();
        if (modifiers.contains("@deputy") || modifiers.contains("@claimed")) {
            // "deputy foreign minister", "vice-ministre", "self-proclaimed president": not the holder of the role
            return Optional.empty();
        }
        String wanted = reading.get().target();
        String countryCode = countries.designatedOn(reading.get().country(), date);
        List<RoleFact> matching = roleFacts.stream()
                .filter(f -> f.country().equals(countryCode))
                .filter(f -> f.kind().equals(wanted) || f.flags().contains(wanted))
                .toList();
        RoleFact chosen = null;
        if (modifiers.contains("@first")) {
            chosen = matching.stream().filter(f -> f.role().start() != null)
                    .min(Comparator.comparing(f -> f.role().start())).orElse(null);
        } else if (date == null) {
            return Optional.empty();
        } else if (modifiers.contains("@former")) {
            Set<String> current = new HashSet<>();
            matching.stream().filter(f -> f.role().heldOn(date)).forEach(f -> current.add(f.entityId()));
            List<RoleFact> former = matching.stream()
                    .filter(f -> f.role().end() != null && f.role().end().isBefore(date))
                    .filter(f -> !current.contains(f.entityId())).toList();
            if (former.stream().map(RoleFact::entityId).distinct().count() == 1) {
                chosen = former.get(0);
            }
        } else {
            chosen = matching.stream().filter(f -> f.role().heldOn(date)).min(Comparator.comparingInt(
                    CuratedKnowledgeBase::rank)).orElse(null);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        KbEntity holder = entities.get(chosen.entityId()).entity();
        double score = date != null && unverified(chosen, date) ? 0.9 * UNVERIFIED : 0.9;
        return Optional.of(new KbCandidate(holder, chosen.role().title(), score, codeAt(holder, date)));
    }

    /**
     * What a title phrase says.
     *
     * @param target a role kind ("president") or flag ("LEADER")
     * @param country alpha-3 of the country the phrase names
     * @param modifiers "@former", "@first"
     * @param otherWords the words that are neither title, modifier nor country ("opposition", "du")
     * @param oblique the role noun is in an oblique case ("министра", "главы МИД"), and so is a name in
     *     apposition to it
     */
    record TitleReading(String target, String country, Set<String> modifiers, List<String> otherWords,
            boolean oblique) {
    }

    /** The role, country and modifiers of a title phrase, when it names both a role and a country. */
    Optional<TitleReading> readTitle(String titlePhrase, String language) {
        if (titlePhrase == null || language == null) {
            return Optional.empty();
        }
        String text = " " + CountryLexicon.normalize(titlePhrase) + " ";
        TitleMatch title = matchTitle(text, language);
        Optional<String> gram = countryGramIn(title.rest(), language);
        String rest = title.rest();
        if (title.target() == null) {
            // The country word may sit inside the title: "ministre russe des Affaires étrangères".
            gram = countryGramIn(text, language);
            if (gram.isPresent()) {
                title = matchTitle(text.replace(" " + gram.get() + " ", " "), language);
                rest = title.rest();
            }
        }
        if (title.target() == null || gram.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> country = countryOf(gram.get(), language);
        if (country.isEmpty()) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        for (String word : (" " + rest + " ").replace(" " + gram.get() + " ", " ").split(" ")) {
            if (!word.isBlank() && !word.equals("|")) {
                others.add(word);
            }
        }
        return Optional.of(new TitleReading(title.target(), country.get(), title.modifiers(), List.copyOf(others),
                title.oblique()));
    }

    /** The role a title phrase names, its modifiers, and the text left once they are removed. */
    private record TitleMatch(String target, Set<String> modifiers, String rest, boolean oblique) {
    }

    private TitleMatch matchTitle(String text, String language) {
        String target = null;
        boolean oblique = false;
        Set<String> modifiers = new HashSet<>();
        for (TitleLexicon.Entry entry : titles.entries(language)) {
            String phrase = " " + CountryLexicon.normalize(entry.phrase()) + " ";
            if (text.contains(phrase) && (entry.isModifier() || target == null)) {
                if (entry.isModifier()) {
                    modifiers.add(entry.target());
                } else {
                    target = entry.target();
                    oblique = isOblique(entry, language);
                }
                text = text.replace(phrase, " | ");
            }
        }
        return new TitleMatch(target, modifiers, text, oblique);
    }

    /**
     * Whether a title entry is an oblique form of another entry of the same role: its first word, with a
     * case ending undone, is the first word of that entry ("министра иностранных дел" → "министр ...",
     * "главы МИД" → "глава МИД"). Languages without inflection data have no oblique titles.
     */
    private boolean isOblique(TitleLexicon.Entry entry, String language) {
        WordForms rules = inflections.get(language);
        if (rules == null) {
            return false;
        }
        String[] words = entry.phrase().split(" ", 2);
        String rest = words.length > 1 ? " " + words[1] : "";
        for (String base : rules.undo(words[0])) {
            String nominative = base + rest;
            if (titles.entries(language).stream()
                    .anyMatch(e -> e.phrase().equals(nominative) && e.target().equals(entry.target()))) {
                return true;
            }
        }
        return false;
    }

    /** Nominatives a word may be an oblique form of, most likely first (none without inflection data). */
    List<String> nominatives(String word, String language) {
        WordForms rules = language == null ? null : inflections.get(language);
        return rules == null ? List.of() : List.copyOf(rules.undo(word));
    }

    /** The words (one to three) of a phrase that name a country, longest first. */
    private Optional<String> countryGramIn(String text, String language) {
        List<String> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (w.length() > 1 && !w.equals("|")) {
                words.add(w);
            } else if (w.equals("|")) {
                words.add(null); // a removed title breaks n-grams
            }
        }
        for (int size = 3; size >= 1; size--) {
            for (int i = 0; i + size <= words.size(); i++) {
                List<String> gram = words.subList(i, i + size);
                if (gram.contains(null)) {
                    continue;
                }
                String joined = String.join(" ", gram);
                if (countryOf(joined, language).isPresent()) {
                    return Optional.of(joined);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> sectorOf(String nounLemma, String language) {
        return sectors.sectorOf(nounLemma, language);
    }

    @Override
    public boolean startsBody(String word, String language) {
        return sectors.startsBody(word, language);
    }

    @Override
    public boolean isRole(String phrase, String language) {
        return phrase != null && language != null && titles.isRole(phrase, language);
    }

    @Override
    public Optional<Body> bodyOf(String phrase, String language) {
        return sectors.bodyOf(phrase, language);
    }

    /** Words this short around a body phrase are articles and prepositions ("of the", "du", "de la"). */
    private static final int FUNCTION_WORD_LENGTH = 3;

    @Override
    public Optional<KbCandidate> bodyIn(String phrase, String language) {
        if (phrase == null || language == null) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of(TitleLexicon.normalize(phrase).split(" ")));
        words.replaceAll(w -> w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        for (int size = Math.min(3, words.size() - 1); size >= 1; size--) {
            for (int i = 0; i + size <= words.size(); i++) {
                String gram = String.join(" ", words.subList(i, i + size));
                // "de l'Ukraine", "d'Irak": an elided article is not part of the country word.
                String unelided = gram.length() > 2 && gram.charAt(1) == '\'' ? gram.substring(2) : gram;
                Optional<String> country = countryOf(gram, language).or(() -> countryOf(unelided, language));
                if (country.isEmpty()) {
                    continue;
                }
                List<String> rest = new ArrayList<>(words.subList(0, i));
                rest.addAll(words.subList(i + size, words.size()));
                Optional<Body> body = bodyAmong(rest, language);
                if (body.isPresent()) {
                    String alpha3 = country.get();
                    String countryName = entity(KnowledgeBase.countryId(alpha3)).map(KbEntity::name).orElse(alpha3);
                    KbEntity entity = new KbEntity("annals:body-" + body.get().name().toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z]+", "-") + "-" + alpha3.toLowerCase(Locale.ROOT),
                            body.get().name() + " of " + countryName, EntityType.ORGANIZATION, alpha3, List.of());
                    return Optional.of(new KbCandidate(entity, phrase, 0.9, new ActorCode(alpha3, body.get().sector())));
                }
            }
        }
        return Optional.empty();
    }

    /** The body the words name once short articles and prepositions around it are set aside. */
    private Optional<Body> bodyAmong(List<String> words, String language) {
        for (int from = 0; from < words.size() && (from == 0
                || words.get(from - 1).length() <= FUNCTION_WORD_LENGTH); from++) {
            for (int to = words.size(); to > from; to--) {
                Optional<Body> body = bodyOf(String.join(" ", words.subList(from, to)), language);
                if (body.isPresent()) {
                    return body;
                }
                if (words.get(to - 1).length() > FUNCTION_WORD_LENGTH) {
                    break; // a content word after the body: "foreign ministry spokesman" names a person
                }
            }
        }
        return Optional.empty();
    }

    /** The sector of an agent noun as written, trying the nominatives inflection proposes ("оппозиции"). */
    Optional<String> sectorOfWord(String word, String language) {
        Optional<String> direct = sectorOf(word, language);
        WordForms rules = language == null ? null : inflections.get(language);
        if (direct.isPresent() || rules == null) {
            return direct;
        }
        return rules.undo(word).stream().map(base -> sectorOf(base, language)).flatMap(Optional::stream).findFirst();
    }

    // ---------------------------------------------------------------- extras beyond the contract

    /** Countries are the entities generated from the country list ({@code annals:country-<alpha-3>}). */
    @Override
    public boolean isCountry(KbEntity entity) {
        EntityData data = entity == null ? null : entities.get(entity.id());
        return data != null && data.tags().contains("country");
    }

    /** The free tags of an entity ("capital", "igo", "country", "phoenix"...). */
    public Set<String> tags(String id) {
        EntityData data = entities.get(id);
        return data == null ? Set.of() : data.tags();
    }

    /** The roles of one entity, earliest first. */
    public List<RoleFact> rolesOf(String id) {
        EntityData data = entities.get(id);
        return data == null ? List.of() : data.roles();
    }

    /** The role an entity held on a day, the most senior when several (LEADER, then HOS/HOG, then others). */
    public Optional<RoleFact> roleAt(String id, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        return rolesOf(id).stream().filter(f -> f.role().heldOn(date))
                .min(Comparator.comparingInt(CuratedKnowledgeBase::rank));
    }

    /** Every entity, in load order (countries last). */
    public List<KbEntity> entities() {
        return entities.values().stream().map(EntityData::entity).toList();
    }

    /** The curated names of an entity in every language and script, canonical English name first. */
    public List<String> names(String id) {
        return namesById.getOrDefault(id, List.of());
    }

    /** External identifiers of an entity ("wikidata:Q7747"), from {@code kb/external-ids.tsv}. */
    public List<String> externalIds(String id) {
        return List.copyOf(externalIds.getOrDefault(id, List.of()));
    }

    /** The entity with an external identifier ("wikidata:Q7747"), if the KB knows it. */
    public Optional<KbEntity> byExternalId(String externalId) {
        return externalIds.entrySet().stream().filter(e -> e.getValue().contains(externalId))
                .findFirst().flatMap(e -> entity(e.getKey()));
    }

    /** All roles of the KB, for tools and tests. */
    public List<RoleFact> roles() {
        return List.copyOf(roleFacts);
    }

    /** Number of entities (countries included). */
    public int size() {
        return entities.size();
    }

    /** Number of distinct country names from all CLDR locales (waits for their background load). */
    public int cldrCountryNameCount() {
        return countries.cldrNameCount();
    }

    /** Alpha-3 codes of the countries with a status ("member", "observer", "other"), in file order. */
    public List<String> countryCodes(String status) {
        List<String> codes = new ArrayList<>();
        for (CountryLexicon.Country country : countries.countries()) {
            if (country.status().equals(status)) {
                codes.add(country.alpha3());
            }
        }
        return codes;
    }

    /** The dissolved states the KB knows (USSR, Yugoslavia...), in file order. */
    public List<FormerState> formerStates() {
        return List.copyOf(countries.formerStates());
    }

    /**
     * Only break-ups count: a state absorbed into one that already existed (East Germany into Germany) held none of
     * that state's places. A break-up nested in another (Serbia from FR Yugoslavia from Yugoslavia) is followed up.
     */
    @Override
    public String stateHolding(String alpha3, LocalDate date) {
        return alpha3 == null || date == null ? alpha3 : brokenUpState(alpha3, date).orElse(alpha3);
    }

    private Optional<String> brokenUpState(String alpha3, LocalDate date) {
        for (FormerState state : countries.formerStates()) {
            if (state.successors().size() > 1 && state.successors().contains(alpha3) && !date.isAfter(state.end())) {
                return state.existedOn(date) ? Optional.of(state.code()) : brokenUpState(state.code(), date);
            }
        }
        return Optional.empty();
    }

    /** The dissolved state with a code ("USR"), if the KB knows it. */
    public Optional<FormerState> formerState(String code) {
        return countries.formerState(code);
    }

    /** Number of countries loaded. */
    public int countryCount() {
        return countries.size();
    }
}
