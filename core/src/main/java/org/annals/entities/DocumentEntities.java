package org.annals.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.analysis.Sentence;
import org.annals.analysis.Token;
import org.annals.kb.ActorCode;
import org.annals.kb.KbEntity;
import org.annals.model.EntityRecord;
import org.annals.model.EntityType;
import org.annals.model.Span;

/** The entities of one document and which tokens refer to which entity. */
public final class DocumentEntities {

    private final List<EntityRecord> entities;
    private final Map<Long, String> entityByToken = new HashMap<>();
    private final Map<String, EntityRecord> byId = new HashMap<>();

    DocumentEntities(List<EntityRecord> entities, Map<Mention, String> entityOfMention) {
        this.entities = new ArrayList<>(entities);
        for (EntityRecord e : entities) {
            byId.put(e.id(), e);
        }
        entityOfMention.forEach((m, id) -> {
            for (int k = m.first(); k <= m.last(); k++) {
                entityByToken.putIfAbsent(key(m.sentence(), k), id);
            }
            // The head wins over other tokens of a longer mention covering a shorter one.
            entityByToken.put(key(m.sentence(), m.head()), id);
        });
    }

    public List<EntityRecord> entities() {
        return List.copyOf(entities);
    }

    /**
     * Makes an entity of a noun phrase that no mention covered, when an event needs it (the press
     * service that reports a statement); its country comes from the entities named inside the phrase.
     */
    public String adopt(String text, Sentence sentence, Token head) {
        String known = entityOf(sentence, head);
        if (known != null) {
            return known;
        }
        int first = head.index();
        int last = head.index();
        String country = null;
        for (Token t : sentence.tokens()) {
            boolean marker = t.head() == head.index()
                    && (t.baseRelation().equals("case") || t.baseRelation().equals("punct"));
            if (!marker && sentence.dominates(head, t)) {
                first = Math.min(first, t.index());
                last = Math.max(last, t.index());
                String inner = entityByToken.get(key(sentence.index(), t.index()));
                if (country == null && inner != null && byId.get(inner).country() != null) {
                    country = byId.get(inner).country();
                }
            }
        }
        List<Token> tokens = sentence.tokens();
        Span span = Span.of(text, tokens.get(first).start(), tokens.get(last).end());
        String id = nextId();
        EntityRecord record = new EntityRecord(id, null, span.text(), EntityType.ORGANIZATION, country, null,
                country, List.of(span));
        add(record);
        entityByToken.put(key(sentence.index(), head.index()), id);
        return id;
    }

    /**
     * Makes a nationality word no mention covered ("an Indian proposal", "Iraqi towns") a mention of its
     * country, so the country can fill the slot of the thing it qualifies; the document's entity for that
     * country is reused when there is one.
     */
    public String adoptCountry(String text, Sentence sentence, Token word, KbEntity country) {
        String known = entityOf(sentence, word);
        if (known != null) {
            return known;
        }
        Span span = Span.of(text, word.start(), word.end());
        for (int i = 0; i < entities.size(); i++) {
            EntityRecord e = entities.get(i);
            if (country.id().equals(e.kb())) {
                List<Span> spans = new ArrayList<>(e.mentions());
                spans.add(span);
                EntityRecord grown = new EntityRecord(e.id(), e.kb(), e.name(), e.type(), e.country(), e.sector(),
                        e.code(), spans);
                replace(e, grown);
                entityByToken.put(key(sentence.index(), word.index()), e.id());
                return e.id();
            }
        }
        String id = nextId();
        EntityRecord record = new EntityRecord(id, country.id(), country.name(), EntityType.GPE, country.country(),
                null, country.country(), List.of(span));
        add(record);
        entityByToken.put(key(sentence.index(), word.index()), id);
        return id;
    }

    /**
     * The unnamed actor of an act the text places but attributes to no one ("a roadside bomb near Samarra
     * killed..."): someone in the place's country, as ICEWS codes "unidentified gunmen (Iraq)".
     */
    public String unidentifiedActorAt(String placeId) {
        EntityRecord place = byId.get(placeId);
        return place == null ? null : inferredActor("unidentified actor in " + place.name(), place.country(), null);
    }

    /**
     * An actor no words refer to but the event implies (the authorities a protest is aimed at, the unnamed author
     * of a bombing): one per name and document, with no mentions, its name saying what it was inferred from.
     */
    public String inferredActor(String name, String country, String sector) {
        return unnamedActor(name, country, sector, List.of());
    }

    /** An actor no name refers to: one per name and mentions, made on first request; none without a country. */
    private String unnamedActor(String name, String country, String sector, List<Span> mentions) {
        if (country == null) {
            return null;
        }
        for (EntityRecord e : entities) {
            if (e.kb() == null && e.name().equals(name) && e.mentions().equals(mentions)) {
                return e.id();
            }
        }
        String id = nextId();
        add(new EntityRecord(id, null, name, EntityType.GROUP, country, sector, new ActorCode(country, sector).code(),
                mentions));
        return id;
    }

    /**
     * Whether characters lie inside a name of a known organization ("l'Organisation du traité de l'Atlantique
     * Nord", "World Food Programme"): words of a name are no event.
     */
    public boolean insideOrganizationName(int start, int end) {
        for (EntityRecord e : entities) {
            if (e.kb() != null && e.type() == EntityType.ORGANIZATION) {
                for (Span m : e.mentions()) {
                    if (m.start() <= start && end <= m.end() && m.end() - m.start() > end - start) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * An actor the words of an event imply without naming it ("manifestations de masse" implies protesters): like
     * {@link #inferredActor}, but those words are its mention, so a reader sees where it comes from.
     */
    public String impliedActor(String name, String country, String sector, Span words) {
        return unnamedActor(name, country, sector, List.of(words));
    }

    /**
     * Gives an entity the text leaves without a country ("a journalist", "demonstrators") the country of the
     * place it acts in; linked entities and entities with a country keep theirs.
     */
    public void localize(String id, String country) {
        EntityRecord e = byId.get(id);
        if (e == null || e.kb() != null || e.country() != null || country == null) {
            return;
        }
        EntityRecord placed = new EntityRecord(e.id(), null, e.name(), e.type(), country, e.sector(),
                new ActorCode(country, e.sector()).code(), e.mentions());
        replace(e, placed);
    }

    /** The id the next entity added to the document gets: e1, e2... in order of creation. */
    private String nextId() {
        return "e" + (entities.size() + 1);
    }

    private void add(EntityRecord record) {
        entities.add(record);
        byId.put(record.id(), record);
    }

    private void replace(EntityRecord old, EntityRecord now) {
        entities.set(entities.indexOf(old), now);
        byId.put(now.id(), now);
    }

    public EntityRecord byId(String id) {
        return byId.get(id);
    }

    /**
     * The entity a token stands for: a mention covering it, or, for a noun with a named apposition
     * ("le dirigeant biélorusse Alexandre Loukachenko"), the entity of the apposition. A country heading a
     * named person stands for the person ("US-Präsident Joe Biden", split by the tokenizer into
     * "US - Präsident" with Biden in apposition).
     */
    public String entityOf(Sentence sentence, Token token) {
        String id = entityOf(sentence, token, 0);
        EntityRecord e = id == null ? null : byId.get(id);
        if (e != null && e.type() == EntityType.GPE) {
            for (Token d : sentence.dependents(token, "appos")) {
                String person = entityOf(sentence, d, 0);
                if (person != null && byId.get(person).type() == EntityType.PERSON) {
                    return person;
                }
            }
        }
        return id;
    }

    private String entityOf(Sentence sentence, Token token, int depth) {
        String id = entityByToken.get(key(sentence.index(), token.index()));
        if (id != null || depth > 3) {
            return id;
        }
        for (Token d : sentence.dependents(token)) {
            String rel = d.baseRelation();
            if (rel.equals("appos") || rel.equals("flat") || rel.equals("compound")) {
                String found = entityOf(sentence, d, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
