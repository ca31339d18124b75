package org.annals.ontology;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 16 PLOVER event categories. */
public enum Plover {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** Labels of PLOVER 0.5 that were renamed or folded. */
    private static final Map<String, Plover> OLD_NAMES = Map.of(
            "DEMAND", REQUEST, "DISAPPROVE", ACCUSE, "FIGHT", ASSAULT, "INVESTIGATE", ACCUSE);

    /** Parses a current or older PLOVER label, case-insensitively. */
    public static Optional<Plover> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.trim().toUpperCase(Locale.ROOT);
        if (OLD_NAMES.containsKey(key)) {
            return Optional.of(OLD_NAMES.get(key));
        }
        try {
            return Optional.of(valueOf(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The PLOVER 2.0 quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
     * 4 material conflict. CONCEDE is verbal here although its CAMEO codes (08) are material.
     */
    public int quadClass() {
        return switch (this) {
            case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
            case COOPERATE, AID, RETREAT -> 2;
            case REQUEST, ACCUSE, REJECT, THREATEN -> 3;
            case PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT -> 4;
        };
    }

    /** Whether the PLOVER 2.0 manual requires a recipient (target) for this category. */
    public boolean requiresRecipient() {
        return this == COOPERATE || this == AID || this == SANCTION;
    }

    /**
     * Whether an act of this category that names no target is aimed at the people of the place where it
     * happened: a protest at the authorities there, a curfew, a bombing or an easing of restrictions at the
     * town's population.
     */
    public boolean placeStandsForTarget() {
        return this == PROTEST || this == COERCE || this == ASSAULT || this == SANCTION || this == CONCEDE;
    }

    /**
     * Whether an act of this category that names no one as its author was done by someone of the place where it
     * happened (a bombing, a kidnapping): violent acts are local far more often than not, and coders such as
     * ICEWS record them as "unidentified (country)" rather than as authorless.
     */
    public boolean placeStandsForUnnamedSource() {
        return this == ASSAULT || this == COERCE;
    }

    /**
     * Whether the people in an act of this category whose country the text does not give are of the place where it
     * happened: "a journalist killed in Beirut", "demonstrators in Baghdad", "President Gbagbo rejected ... in Ivory
     * Coast", "prisoners released in Iraq". Not so for meetings, agreements, joint work, aid and deployments, whose
     * venue is often abroad for those who take part.
     */
    public boolean placeIsHomeOfItsActors() {
        return switch (this) {
            case CONSULT, AGREE, COOPERATE, AID, MOBILIZE -> false;
            default -> true;
        };
    }
}
