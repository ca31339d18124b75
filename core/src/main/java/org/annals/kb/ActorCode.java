package org.annals.kb;

/**
 * A CAMEO-style actor code: a country (ISO alpha-3, or "IGO" and the like) and a sector.
 *
 * @param country ISO 3166 alpha-3, or {@code null}
 * @param sector GOV, ELI, MIL, COP, OPP, REB, JUD, LEG, BUS, MED, CVL, ... or {@code null}
 */
public record ActorCode(String country, String sector) {

    /** The concatenated code, "KAZGOV", or the part known, or {@code null}. */
    public String code() {
        if (country == null && sector == null) {
            return null;
        }
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }
}
