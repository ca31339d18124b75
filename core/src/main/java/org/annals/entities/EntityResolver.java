package org.annals.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.annals.kb.ActorCode;
import org.annals.kb.KbEntity;
import org.annals.kb.KnowledgeBase;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.Span;

/**
 * Groups the mentions of one document into entities: by knowledge-base link, by name (a surname
 * alone joins the full name met earlier), and by safe anaphora (a subject pronoun joins the nearest
 * person before it; "ce pays" joins the nearest country).
 */
public final class EntityResolver {

    private final KnowledgeBase kb;

    public EntityResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Entities of the document, numbered e1, e2... in order of first mention. */
    public DocumentEntities resolve(List<Mention> found, LocalDate date) {
        List<Mention> mentions = found.stream().map(m -> longFormOf(m, found)).toList();
        Map<Mention, String> groupOf = new LinkedHashMap<>();
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, String> ownerOfGroup = new HashMap<>();
        List<Mention> seen = new ArrayList<>();
        for (Mention m : mentions) {
            String owner = ownerGroup(m, seen, groupOf);
            String group = owner != null ? "owned:" + owner + ":" + m.key() : groupKey(m, seen, groupOf);
            if (group == null) {
                continue; // an anaphor with nothing to refer to stays out
            }
            if (owner != null) {
                ownerOfGroup.put(group, owner);
            }
            groupOf.put(m, group);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
            seen.add(m);
        }
        List<EntityRecord> records = new ArrayList<>();
        Map<String, String> idOfGroup = new HashMap<>();
        Map<String, EntityRecord> recordOfGroup = new HashMap<>();
        for (Map.Entry<String, List<Mention>> g : groups.entrySet()) {
            String id = "e" + (records.size() + 1);
            idOfGroup.put(g.getKey(), id);
            EntityRecord record = record(id, g.getValue(), date);
            String owner = ownerOfGroup.get(g.getKey());
            if (owner != null) {
                // The owner's group begins earlier in the text, so its record is already made.
                record = owned(record, g.getValue().get(0).possessive(), recordOfGroup.get(owner));
            }
            recordOfGroup.put(g.getKey(), record);
            records.add(record);
        }
        Map<Mention, String> entityOfMention = new LinkedHashMap<>();
        groupOf.forEach((m, g) -> entityOfMention.put(m, idOfGroup.get(g)));
        return new DocumentEntities(records, entityOfMention);
    }

    /**
     * "le Conseil de sécurité" in an article that also names "le Conseil de sécurité du Kazakhstan": a short name of
     * an organization is the longer one the same article spells out, not the namesake the short name alone would
     * link to (the UN's).
     */
    private static Mention longFormOf(Mention m, List<Mention> all) {
        if (m.link() == null || m.type() != EntityType.ORGANIZATION) {
            return m;
        }
        String prefix = m.span().text() + " ";
        for (Mention n : all) {
            if (n.link() != null && n.type() == EntityType.ORGANIZATION && n.span().text().startsWith(prefix)
                    && !n.link().entity().id().equals(m.link().entity().id())) {
                return new Mention(m.span(), m.sentence(), m.first(), m.last(), m.head(), m.kind(), m.type(), n.link(),
                        n.country(), n.sector(), n.key(), m.title(), m.possessive());
            }
        }
        return m;
    }

    /**
     * The group of the owner of a possessed nominal ("sa famille", "its army"): the subject of its clause when the word
     * can stand for it, else the nearest entity before the possessive word, in its sentence or the one before, that the
     * word can stand for, as a pronoun finds its antecedent.
     */
    private static String ownerGroup(Mention m, List<Mention> seen, Map<Mention, String> groupOf) {
        Possessive possessive = m.possessive();
        if (possessive == null || m.link() != null) {
            return null;
        }
        // Relatives are a person's before a group's ("la policía detuvo a X y a su hermano": X's brother).
        List<Set<EntityType>> preferences = possessive.kin() == null ? List.of(possessive.owners())
                : List.of(Set.of(EntityType.PERSON), Set.of(EntityType.GROUP));
        for (Set<EntityType> types : preferences) {
            Predicate<Mention> fits = x -> types.contains(x.type()) && possessive.fits(x.type())
                    && groupOf.containsKey(x) && (x.sentence() < m.sentence() || x.last() < possessive.token())
                    && !groupOf.get(x).startsWith("owned:");
            // The subject of the clause first ("Pakistan refused... and urged its citizens", not Iraq named between).
            for (Mention x : seen) {
                if (x.covers(m.sentence(), possessive.subject()) && fits.test(x)) {
                    return groupOf.get(x);
                }
            }
            Mention owner = nearest(seen, m, 1, fits);
            if (owner != null) {
                return groupOf.get(owner);
            }
        }
        return null;
    }

    /**
     * An owned actor takes its owner's country when its own words give none ("his government" of a leader, "sa
     * famille"); relatives are named after the owner ("family of Nursultan Nazarbayev"), the mentions keep the words.
     */
    private static EntityRecord owned(EntityRecord own, Possessive possessive, EntityRecord owner) {
        String country = own.country() != null ? own.country() : owner.country();
        String name = possessive.kin() != null ? possessive.kin() + " of " + owner.name() : own.name();
        return new EntityRecord(own.id(), own.kb(), name, own.type(), country, own.sector(),
                new ActorCode(country, own.sector()).code(), own.mentions());
    }

    private String groupKey(Mention m, List<Mention> seen, Map<Mention, String> groupOf) {
        if (m.link() != null) {
            return "kb:" + m.link().entity().id();
        }
        if (m.key().startsWith(MentionDetector.SPEAKER_KEY)) {
            int subject = Integer.parseInt(m.key().substring(MentionDetector.SPEAKER_KEY.length()));
            for (Mention x : seen) {
                if (x.covers(m.sentence(), subject)) {
                    return groupOf.get(x);
                }
            }
            return null;
        }
        if (m.kind() == MentionKind.PRONOUN) {
            Mention antecedent = nearest(seen, m, 1, x -> x.type() == EntityType.PERSON && x.kind() != MentionKind.PRONOUN);
            return antecedent == null ? null : groupOf.get(antecedent);
        }
        if ("ANAPHOR:COUNTRY".equals(m.key())) {
            Mention antecedent = nearest(seen, m, 3, x -> isCountry(x));
            return antecedent == null ? null : groupOf.get(antecedent);
        }
        if (m.kind() == MentionKind.NAME && m.type() == EntityType.PERSON && !m.key().contains(" ")) {
            // A surname alone joins the latest full name ending with it.
            for (int i = seen.size() - 1; i >= 0; i--) {
                Mention earlier = seen.get(i);
                if (isFullName(earlier) && spelled(earlier).endsWith(" " + m.key())) {
                    return groupOf.get(earlier);
                }
            }
            // "son frère Slobodan": a given name alone joins the one full name that begins with it.
            Set<String> given = new HashSet<>();
            for (Mention earlier : seen) {
                if (isFullName(earlier) && spelled(earlier).startsWith(m.key() + " ")) {
                    given.add(groupOf.get(earlier));
                }
            }
            if (given.size() == 1) {
                return given.iterator().next();
            }
        }
        return "text:" + m.type() + ":" + m.key();
    }

    private static boolean isFullName(Mention x) {
        return x.type() == EntityType.PERSON && x.kind() == MentionKind.NAME && x.first() < x.last();
    }

    /** A name as the text spells it, folded as unlinked keys are (the same spelling key). */
    private static String spelled(Mention x) {
        return MentionDetector.fold(x.span().text());
    }

    private boolean isCountry(Mention x) {
        if (x.type() != EntityType.GPE && x.type() != EntityType.LOCATION) {
            return false;
        }
        return x.link() != null ? kb.isCountry(x.link().entity()) : x.country() != null;
    }

    private static Mention nearest(List<Mention> seen, Mention m, int sentences,
                                   Predicate<Mention> accept) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Mention x = seen.get(i);
            if (m.sentence() - x.sentence() > sentences) {
                return null;
            }
            if (accept.test(x)) {
                return x;
            }
        }
        return null;
    }

    private EntityRecord record(String id, List<Mention> mentions, LocalDate date) {
        Mention named = mentions.stream().filter(x -> x.link() != null).findFirst().orElse(null);
        List<Span> spans = mentions.stream().map(Mention::span).distinct().toList();
        if (named != null) {
            KbEntity e = named.link().entity();
            ActorCode known = kb.codeAt(e, date);
            // No role known at the date: the title the text gives ("porte-parole de la présidence française X").
            ActorCode code = known != null && known.sector() != null ? known : new ActorCode(
                    first(mentions, Mention::country).orElse(known != null ? known.country() : e.country()),
                    first(mentions, Mention::sector).orElse(null));
            String country = code.country() != null ? code.country() : e.country();
            if (isPlace(e.type()) && !kb.isCountry(e)) {
                country = kb.stateHolding(country, date);
                code = new ActorCode(country, code.sector());
            }
            return new EntityRecord(id, e.id(), e.name(), e.type(), country, code.sector(),
                    code.code(), spans);
        }
        Mention longest = mentions.stream()
                .filter(x -> x.kind() != MentionKind.PRONOUN)
                .max((a, b) -> Integer.compare(a.span().length(), b.span().length()))
                .orElse(mentions.get(0));
        String country = first(mentions, Mention::country).orElse(null);
        if (isPlace(longest.type())) {
            country = kb.stateHolding(country, date);
        }
        String sector = first(mentions, Mention::sector).orElse(null);
        String code = new ActorCode(country, sector).code();
        return new EntityRecord(id, null, longest.span().text(), longest.type(), country, sector, code, spans);
    }

    /** The first country or sector the mentions give, in text order. */
    private static Optional<String> first(List<Mention> mentions, Function<Mention, String> field) {
        return mentions.stream().map(field).filter(Objects::nonNull).findFirst();
    }

    /** A town or region: its country is the state that held it on the article's day (Kyiv in 1988: the USSR). */
    private static boolean isPlace(EntityType type) {
        return type == EntityType.LOCATION || type == EntityType.GPE;
    }
}
