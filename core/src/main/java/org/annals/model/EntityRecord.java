package org.annals.model;

import java.util.List;

/**
 * An entity of one document: all its mentions, and what the knowledge base knows of it.
 *
 * @param kb stable knowledge-base id, or {@code null} for entities the KB does not know
 * @param name canonical English name when linked, else the longest mention
 * @param country ISO 3166 alpha-3 (or IGO) of the actor, when known
 * @param sector CAMEO-style sector (GOV, ELI, MIL, COP, OPP, REB, ...), when known
 * @param code actor code (country + sector) at the document's reference date
 */
public record EntityRecord(String id, String kb, String name, EntityType type,
                           String country, String sector, String code, List<Span> mentions) {
    public EntityRecord {
        mentions = List.copyOf(mentions);
    }
}
