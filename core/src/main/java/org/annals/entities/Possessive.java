package org.annals.entities;

import java.util.Set;
import org.annals.model.EntityType;

/**
 * The possessive word that makes a nominal mention someone's ("sa famille", "its army", "seine Regierung"): the actor is
 * the owner's, and coreference finds the owner.
 *
 * @param token index of the possessive word in the sentence
 * @param owners the kinds of entity the word can stand for (a person, a country, a group...)
 * @param kin English word for the relatives the noun names ("family"), whose actor is named after the owner; {@code null}
 *     for other nouns ("sa police")
 * @param subject index of the subject of the clause the noun is in ("Pakistan urged its citizens"), the owner to try
 *     first; -1 when there is none
 */
public record Possessive(int token, Set<EntityType> owners, String kin, int subject) {

    public Possessive {
        owners = Set.copyOf(owners);
    }

    /** Whether an entity of this type can be the owner. */
    public boolean fits(EntityType type) {
        return owners.contains(type);
    }
}
