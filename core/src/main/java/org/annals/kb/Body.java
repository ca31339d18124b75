package org.annals.kb;

/**
 * A state body that news names by a common phrase rather than a name ("ministère des Affaires étrangères",
 * "Außenministerium", "МИД"): which one it is, and the CAMEO sector it acts as. The country comes from the text.
 *
 * @param name English name of the kind of body, "Foreign Ministry"
 * @param sector CAMEO sector, "GOV" (a defence ministry or general staff: "MIL"; courts and prosecutors: "JUD")
 */
public record Body(String name, String sector) {
}
