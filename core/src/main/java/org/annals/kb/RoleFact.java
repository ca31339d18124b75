package org.annals.kb;

import java.util.Set;

/**
 * A role as the KB stores it: the public {@link Role} plus what titles resolve against.
 *
 * @param entityId holder
 * @param country country the role belongs to (alpha-3), or an IGO code
 * @param kind role kind, "president", "prime-minister", "foreign-minister", ...
 * @param flags HOS (head of state), HOG (head of government), LEADER (the country's top leader)
 */
public record RoleFact(String entityId, String country, String kind, Set<String> flags, Role role) {
    public RoleFact {
        flags = Set.copyOf(flags);
    }
}
