package org.annals.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.EntityType;

/**
 * The curated KB with the user's overlays on top: imported dictionaries and facts learned from text
 * ({@link UserKbDirectory}). Overlay answers rank below curated ones (their scores are scaled down) and
 * never change a curated role; the curated data stays as shipped. Reads are thread-safe; learning swaps
 * the learned layer atomically.
 */
public final class LayeredKnowledgeBase implements KnowledgeBase {

    /** Where an entity comes from. */
    public enum Origin { CURATED, IMPORTED, LEARNED }

    /** Scores of imported entries are scaled by this: a curated match of equal strength wins. */
    static final double IMPORTED_FACTOR = 0.9;
    /** Scores of learned entries: below curated and imported ones. */
    static final double LEARNED_FACTOR = 0.85;

    private final CuratedKnowledgeBase curated;
    private final CuratedKnowledgeBase imported;
    private final UserKbDirectory directory;
    private final LearnedStore store;
    private final List<LearnedFact> learnedFacts = new ArrayList<>();
    private volatile CuratedKnowledgeBase learned;

    /** The curated KB with the imports and learned facts found in {@code directory} (absent = none). */
    public LayeredKnowledgeBase(CuratedKnowledgeBase curated, UserKbDirectory directory) {
        this.curated = curated;
        this.directory = directory;
        this.imported = new CuratedKnowledgeBase(curated, directory.importedEntityTables(),
                directory.importedRoleRows());
        this.store = new LearnedStore(directory.learnedFile());
        learnedFacts.addAll(store.readAll());
        this.learned = buildLearnedLayer(List.copyOf(learnedFacts));
    }

    /** The curated KB underneath. */
    public CuratedKnowledgeBase curated() {
        return curated;
    }

    /** The user directory the overlays were read from. */
    public UserKbDirectory directory() {
        return directory;
    }

    /** Every learned observation, in the order learned. */
    public synchronized List<LearnedFact> learned() {
        return List.copyOf(learnedFacts);
    }

    /** Number of entities the imports hold (names of curated entities they add included). */
    public int importedSize() {
        return imported.size();
    }

    /** Where an entity comes from: curated data first, then imports, then learning. */
    public Optional<Origin> origin(String id) {
        if (curated.entity(id).isPresent()) {
            return Optional.of(Origin.CURATED);
        }
        if (imported.entity(id).isPresent()) {
            return Optional.of(Origin.IMPORTED);
        }
        return learned.entity(id).isPresent() ? Optional.of(Origin.LEARNED) : Optional.empty();
    }

    /**
     * The score a candidate had in its own layer, before the overlay scaling: how well the name fits,
     * whatever the layer (a learner deciding whether a name is a person it already knows needs this).
     */
    public double unscaledScore(KbCandidate candidate) {
        return switch (origin(candidate.entity().id()).orElse(Origin.CURATED)) {
            case CURATED -> candidate.score();
            case IMPORTED -> candidate.score() / IMPORTED_FACTOR;
            case LEARNED -> candidate.score() / LEARNED_FACTOR;
        };
    }

    /** All names of an entity over every layer, curated ones first. */
    public List<String> names(String id) {
        Set<String> names = new LinkedHashSet<>(curated.names(id));
        names.addAll(imported.names(id));
        names.addAll(learned.names(id));
        return List.copyOf(names);
    }

    /** Records a learned fact: appended to the store and visible to the next lookup. */
    synchronized void record(LearnedFact fact) {
        store.append(fact);
        learnedFacts.add(fact);
        learned = buildLearnedLayer(List.copyOf(learnedFacts));
    }

    // ---------------------------------------------------------------- KnowledgeBase

    @Override
    public List<KbCandidate> lookup(String name, String language, LocalDate date) {
        List<KbCandidate> base = curated.lookup(name, language, date);
        CuratedKnowledgeBase learnedNow = learned;
        if (imported.size() == 0 && learnedNow.size() == 0) {
            return base;
        }
        Map<String, KbCandidate> best = new LinkedHashMap<>();
        Map<String, Origin> origins = new HashMap<>();
        merge(best, origins, base, 1.0, Origin.CURATED, date);
        merge(best, origins, imported.lookup(name, language, date), IMPORTED_FACTOR, Origin.IMPORTED, date);
        merge(best, origins, learnedNow.lookup(name, language, date), LEARNED_FACTOR, Origin.LEARNED, date);
        List<KbCandidate> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(KbCandidate::score).reversed()
                .thenComparing(c -> origins.get(c.entity().id()))
                .thenComparing(c -> !curated.isCountry(c.entity()))
                .thenComparing(c -> c.entity().id()));
        return List.copyOf(ranked);
    }

    private void merge(Map<String, KbCandidate> best, Map<String, Origin> origins, List<KbCandidate> found,
            double factor, Origin origin, LocalDate date) {
        for (KbCandidate c : found) {
            String id = c.entity().id();
            double score = c.score() * factor;
            KbCandidate current = best.get(id);
            if (current == null || current.score() < score) {
                KbEntity entity = entity(id).orElse(c.entity());
                best.put(id, new KbCandidate(entity, c.matchedName(), score, codeAt(entity, date)));
                origins.putIfAbsent(id, origin);
            }
        }
    }

    @Override
    public Optional<KbEntity> entity(String id) {
        Optional<KbEntity> found = curated.entity(id);
        if (found.isEmpty()) {
            found = imported.entity(id);
        }
        return found.isPresent() ? found : learned.entity(id);
    }

    /**
     * A curated role held at the date wins; else a learned role, then an imported one; else the code of the
     * layer the entity comes from (its base code, or ELI once its roles are over).
     */
    @Override
    public ActorCode codeAt(KbEntity entity, LocalDate date) {
        String id = entity.id();
        CuratedKnowledgeBase learnedNow = learned;
        if (curated.entity(id).isPresent()) {
            if (curated.roleAt(id, date).isPresent()) {
                return curated.codeAt(entity, date);
            }
            Optional<RoleFact> overlay = learnedNow.roleAt(id, date).or(() -> imported.roleAt(id, date));
            return overlay.map(f -> f.role().code()).orElseGet(() -> curated.codeAt(entity, date));
        }
        if (imported.entity(id).isPresent()) {
            Optional<RoleFact> learnedRole = learnedNow.roleAt(id, date);
            return learnedRole.isPresent() ? learnedRole.get().role().code() : imported.codeAt(entity, date);
        }
        return learnedNow.codeAt(entity, date);
    }

    @Override
    public Optional<String> countryOf(String word, String language) {
        return curated.countryOf(word, language);
    }

    /** The curated holder; when the curated roles name nobody, a learned holder (scaled down). */
    @Override
    public Optional<KbCandidate> holderOf(String titlePhrase, String language, LocalDate date) {
        Optional<KbCandidate> holder = curated.holderOf(titlePhrase, language, date);
        if (holder.isPresent()) {
            return holder;
        }
        return learned.holderOf(titlePhrase, language, date).map(c -> {
            KbEntity entity = entity(c.entity().id()).orElse(c.entity());
            return new KbCandidate(entity, c.matchedName(), c.score() * LEARNED_FACTOR, codeAt(entity, date));
        });
    }

    @Override
    public Optional<String> sectorOf(String nounLemma, String language) {
        return curated.sectorOf(nounLemma, language);
    }

    @Override
    public Optional<Body> bodyOf(String phrase, String language) {
        return curated.bodyOf(phrase, language);
    }

    @Override
    public boolean startsBody(String word, String language) {
        return curated.startsBody(word, language);
    }

    @Override
    public boolean isRole(String phrase, String language) {
        return curated.isRole(phrase, language);
    }

    @Override
    public Optional<KbCandidate> bodyIn(String phrase, String language) {
        return curated.bodyIn(phrase, language);
    }

    @Override
    public boolean isCountry(KbEntity entity) {
        return curated.isCountry(entity);
    }

    @Override
    public String stateHolding(String alpha3, LocalDate date) {
        return curated.stateHolding(alpha3, date);
    }

    // ---------------------------------------------------------------- learned layer

    /**
     * The learned facts as tables in the curated format: one entity row per person (a name-only row for
     * people the curated or imported KB already has), one role per (entity, country, kind) that was seen
     * held, dated from its first to its last observation. Former roles give no dated role: the person's
     * base code is then COUNTRY + ELI.
     */
    private CuratedKnowledgeBase buildLearnedLayer(List<LearnedFact> facts) {
        Map<String, List<LearnedFact>> byEntity = facts.stream()
                .collect(Collectors.groupingBy(LearnedFact::entityId, LinkedHashMap::new, Collectors.toList()));
        List<String[]> entityRows = new ArrayList<>();
        List<String[]> roleRows = new ArrayList<>();
        for (Map.Entry<String, List<LearnedFact>> e : byEntity.entrySet()) {
            String id = e.getKey();
            List<LearnedFact> seen = e.getValue();
            Set<String> names = new LinkedHashSet<>();
            Optional<KbEntity> known = curated.entity(id).or(() -> imported.entity(id));
            if (known.isPresent()) {
                KbEntity k = known.get();
                ActorCode base = curatedOrImported(id).codeAt(k, null);
                names.add(k.name());
                // Surname alone stays the curated layer's decision ("-" = full names only here).
                entityRows.add(new String[] {id, k.type().name(), nullToDash(k.country()),
                        base == null ? "-" : base.code(), String.join("|", names), "-", "learned"});
            } else {
                LearnedFact first = seen.get(0);
                seen.forEach(f -> names.add(f.canonicalName()));
                seen.forEach(f -> names.add(f.name()));
                entityRows.add(new String[] {id, EntityType.PERSON.name(), first.country(), first.country() + "ELI",
                        String.join("|", names), "", "learned"});
            }
            Map<String, List<LearnedFact>> held = seen.stream().filter(f -> !f.former() && f.date() != null)
                    .collect(Collectors.groupingBy(f -> f.country() + "\t" + f.kind(), LinkedHashMap::new,
                            Collectors.toList()));
            for (List<LearnedFact> role : held.values()) {
                LearnedFact f = role.get(0);
                LocalDate from = role.stream().map(LearnedFact::date).min(Comparator.naturalOrder()).orElseThrow();
                LocalDate to = role.stream().map(LearnedFact::date).max(Comparator.naturalOrder()).orElseThrow();
                String flags = f.kind().equals(f.kind().toUpperCase()) ? f.kind() : "";
                roleRows.add(new String[] {id, f.country(), f.kind(), flags, f.code().code(), from.toString(),
                        to.toString(), "learned: " + f.titlePhrase()});
            }
        }
        return new CuratedKnowledgeBase(curated, List.of(entityRows), roleRows);
    }

    private CuratedKnowledgeBase curatedOrImported(String id) {
        return curated.entity(id).isPresent() ? curated : imported;
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
