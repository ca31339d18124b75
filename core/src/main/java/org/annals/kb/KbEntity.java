package org.annals.kb;

import java.util.List;
import org.annals.model.EntityType;

/**
 * A knowledge-base entity.
 *
 * @param id stable id, "annals:alexander-lukashenko"
 * @param name canonical English name
 * @param country home country (ISO alpha-3) when meaningful
 * @param roles dated roles, each implying an actor code
 */
public record KbEntity(String id, String name, EntityType type, String country, List<Role> roles) {
    public KbEntity {
        roles = List.copyOf(roles);
    }
}
