package org.annals.kb;

import org.annals.resources.TsvResource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annals.model.EntityType;

/**
 * Learns people and roles from appositions the pipeline finds ("l'ex-président du Kirghizistan Kurmanbek
 * Bakiev", "Kazakh President Kassym-Jomart Tokayev", "бывший президент Киргизии Курманбек Бакиев"): when the
 * KB does not know the person, or knows them without that role, the observation is recorded with its
 * evidence in the user's learned store, and the next lookup of the name finds it (ranked below curated data).
 *
 * <p>It would rather learn nothing than something wrong: the phrase must name both a role of the title
 * lexicon and a country; a phrase with a non-government agent word ("opposition leader", "rebel commander")
 * is not a state role; a claim that someone holds a one-holder office the curated data gives to somebody
 * else that day is refused, and so is a claim about a known person that contradicts their curated roles.
 */
public final class RoleLearner {

    /** Offices one person holds at a time in a country: a different curated holder that day is a conflict. */
    private static final Set<String> SINGLE_HOLDER = Set.of("president", "prime-minister", "chancellor",
            "monarch", "foreign-minister", "defence-minister", "supreme-leader", "LEADER", "HOS", "HOG");
    /** Lower-case words that may sit inside a person's name. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "dos", "das", "di", "del", "della",
            "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "ad", "ben", "la", "le", "du", "y", "e", "zu");
    /**
     * Below this score (in the answer's own layer) a lookup answer is not taken to be the person named; a
     * surname alone of someone out of office scores about 0.7, and a full name with wrong given names nothing.
     */
    private static final double SAME_PERSON = 0.65;

    private final LayeredKnowledgeBase kb;
    /** Words before a title read for a claim ("a man who calls himself the"): the clause, not the sentence. */
    private static final int CONTEXT_WORDS = 5;
    private final Map<String, String> sectorOfRole = new HashMap<>();

    public RoleLearner(LayeredKnowledgeBase kb) {
        this.kb = kb;
        for (String[] row : TsvResource.rows("kb/role-sectors.tsv")) {
            sectorOfRole.put(TsvResource.field(row, 0), TsvResource.field(row, 1));
        }
    }

    /**
     * Learns from one apposition: a role phrase and the name it qualifies, read in an article of a date.
     *
     * @param titlePhrase the role phrase as written ("l'ex-président du Kirghizistan", "Kazakh President")
     * @param name the person's name as written next to it
     * @param lang language of the text
     * @param date date of the article (the role is held that day, or over by then when the phrase says so)
     * @param evidence where the phrase was read
     * @return the fact learned, or empty when the KB knew it already or the phrase is not trusted
     */
    public Optional<LearnedFact> learn(String titlePhrase, String name, String lang, LocalDate date,
            Evidence evidence) {
        return learn("", titlePhrase, name, lang, date, evidence);
    }

    /**
     * Same, with the words just before the title in its sentence, which can say the title is only claimed
     * ("a man who calls himself the", "qui se présente comme le", "называющий себя").
     *
     * @param preceding the text of the sentence before the title (its last words are read), or ""
     */
    public synchronized Optional<LearnedFact> learn(String preceding, String titlePhrase, String name, String lang,
            LocalDate date, Evidence evidence) {
        if (titlePhrase == null || name == null || lang == null || date == null || !looksLikeName(name)) {
            return Optional.empty();
        }
        CuratedKnowledgeBase curated = kb.curated();
        Optional<CuratedKnowledgeBase.TitleReading> read = curated.readTitle(titlePhrase, lang);
        if (read.isEmpty() || read.get().modifiers().contains("@first") || read.get().modifiers().contains("@deputy")
                || read.get().modifiers().contains("@claimed") || claimedBefore(preceding, titlePhrase, lang)) {
            return Optional.empty();
        }
        CuratedKnowledgeBase.TitleReading title = read.get();
        String sector = sectorOfRole.get(title.target());
        if (sector == null || otherAgent(title.otherWords(), lang, sector)) {
            return Optional.empty();
        }
        boolean former = title.modifiers().contains("@former");
        String country = title.country();
        String entityId;
        String canonical;
        Optional<KbCandidate> person = kb.lookup(name, lang, date).stream().findFirst()
                .filter(c -> kb.unscaledScore(c) >= SAME_PERSON);
        if (person.isPresent()) {
            KbEntity known = person.get().entity();
            if (known.type() != EntityType.PERSON || (known.country() != null && !known.country().equals(country))) {
                return Optional.empty(); // a place or body, or somebody of another country with that name
            }
            LayeredKnowledgeBase.Origin origin = kb.origin(known.id()).orElseThrow();
            if (origin != LayeredKnowledgeBase.Origin.LEARNED
                    && (!rolesLeaveRoom(known.id(), title) || former || holdsCuratedRole(known.id(), date))) {
                // The curated history of a known person wins: a past role it lacks, or a second office on a
                // day it gives them one, is more often a mistaken title than news.
                return Optional.empty();
            }
            entityId = known.id();
            canonical = known.name();
        } else {
            long words = Arrays.stream(name.strip().split("\\s+"))
                    .filter(w -> !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))).count();
            if (words < 2 || words > 4) {
                // A new person needs a given name and a surname; five or more words are usually two names run
                // together ("... Adhikari Krishna Prasad Gurung"), one word a surname or a group ("Wagner").
                return Optional.empty();
            }
            canonical = canonicalName(title.oblique() ? nominative(name, lang) : name);
            entityId = LearnedFact.LEARNED_PREFIX + country.toLowerCase(Locale.ROOT) + "-" + slug(canonical);
        }
        if (!former && SINGLE_HOLDER.contains(title.target()) && heldBySomeoneElse(entityId, title, date)) {
            return Optional.empty();
        }
        if (alreadyRecorded(entityId, title, former, evidence)) {
            return Optional.empty();
        }
        ActorCode code = new ActorCode(country, former ? "ELI" : sector);
        LearnedFact fact = new LearnedFact(entityId, name.strip(), canonical, country, title.target(), former, code,
                date, titlePhrase.strip(), lang, evidence);
        kb.record(fact);
        return Optional.of(fact);
    }

    /** Whether the last words before the title say it is only claimed (the title's own reading gives the rest). */
    private boolean claimedBefore(String preceding, String titlePhrase, String lang) {
        if (preceding == null || preceding.isBlank()) {
            return false;
        }
        String[] words = preceding.strip().split("\\s+");
        String last = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - CONTEXT_WORDS), words.length));
        return kb.curated().readTitle(last + " " + titlePhrase, lang)
                .map(r -> r.modifiers().contains("@claimed")).orElse(false);
    }

    /** Proper-name shape: every word capitalized except name particles; at least one letter. */
    private static boolean looksLikeName(String name) {
        String[] words = name.strip().split("[\\s]+");
        if (words.length == 0 || words.length > 6) {
            return false;
        }
        boolean capitalized = false;
        for (String word : words) {
            int first = word.codePointAt(0);
            int hyphen = word.indexOf('-');
            // "al-Jubeir", "ad-Dawla": a lower-case particle joined to a capitalized name.
            boolean joinedParticle = hyphen > 0 && hyphen + 1 < word.length()
                    && NAME_PARTICLES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(word.codePointAt(hyphen + 1));
            if (Character.isUpperCase(first) || joinedParticle) {
                capitalized = true;
            } else if (!NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalized;
    }

    /** A word of the phrase names another kind of agent than the role (opposition, rebels, party, police). */
    private boolean otherAgent(List<String> otherWords, String lang, String roleSector) {
        for (String word : otherWords) {
            Optional<String> sector = kb.curated().sectorOfWord(word, lang);
            if (sector.isPresent() && !sector.get().equals(roleSector) && !sector.get().equals("GOV")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(RoleFact fact, CuratedKnowledgeBase.TitleReading title) {
        return fact.country().equals(title.country())
                && (fact.kind().equals(title.target()) || fact.flags().contains(title.target()));
    }

    /**
     * Whether a curated person's roles leave room for the observation: none when they already hold the role
     * (or held it, for "former"), and none either when their roles of that kind in that country lie at other
     * dates: a historical mention or a mistake, and the curated dates win.
     */
    private boolean rolesLeaveRoom(String id, CuratedKnowledgeBase.TitleReading title) {
        return kb.curated().rolesOf(id).stream().noneMatch(f -> matches(f, title));
    }

    private boolean holdsCuratedRole(String id, LocalDate date) {
        return kb.curated().rolesOf(id).stream().anyMatch(f -> f.role().mayHoldOn(date));
    }

    /** The curated data gives this single-holder office to another person that day. */
    private boolean heldBySomeoneElse(String entityId, CuratedKnowledgeBase.TitleReading title, LocalDate date) {
        return kb.curated().roles().stream()
                .anyMatch(f -> matches(f, title) && f.role().heldOn(date) && !f.entityId().equals(entityId));
    }

    private boolean alreadyRecorded(String entityId, CuratedKnowledgeBase.TitleReading title, boolean former,
            Evidence evidence) {
        return kb.learned().stream().anyMatch(f -> f.entityId().equals(entityId) && f.kind().equals(title.target())
                && f.country().equals(title.country()) && f.former() == former
                && Objects.equals(f.evidence(), evidence));
    }

    /**
     * A name in apposition to an oblique title is in that case too ("министра обороны Сирии Али Махмуда
     * Аббаса"): each word takes its most likely nominative, so the entry is listed as "Ali Mahmud Abbas".
     */
    private String nominative(String name, String lang) {
        StringBuilder out = new StringBuilder();
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean surname = i == words.length - 1;
            // Surnames in a soft sign are rare; "Шукри" is an indeclinable name, not a form of "Шукрь".
            List<String> bases = kb.curated().nominatives(word, lang).stream()
                    .filter(b -> !(surname && b.endsWith("ь"))).toList();
            String base = bases.isEmpty() ? word : capitalized(bases.get(0), word);
            out.append(out.length() == 0 ? "" : " ").append(base);
        }
        return out.toString();
    }

    /** {@code lower} with the first letter in the case of {@code model}'s first letter. */
    private static String capitalized(String lower, String model) {
        if (lower.isEmpty() || !Character.isUpperCase(model.codePointAt(0))) {
            return lower;
        }
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    /** The name in Latin letters as listed: Cyrillic and other transliterated scripts title-cased. */
    static String canonicalName(String name) {
        String stripped = name.strip().replaceAll("\\s+", " ");
        if (CuratedKnowledgeBase.scriptOf(stripped) == Character.UnicodeScript.LATIN) {
            return stripped;
        }
        String ascii = NameKey.ascii(stripped);
        if (CuratedKnowledgeBase.scriptOf(ascii) != Character.UnicodeScript.LATIN) {
            return stripped;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : ascii.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static String slug(String name) {
        return NameKey.ascii(name).replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", "");
    }
}
