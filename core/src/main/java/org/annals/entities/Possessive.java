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
 */
public record Possessive(int token, Set<EntityType> owners, String kin) {

    public Possessive {
        owners = Set.copyOf(owners);
    }

    /** Whether an entity of this type can be the owner. */
    public boolean fits(EntityType type) {
        return owners.contains(type);
    }
}
