package org.annals.events;

import java.util.LinkedHashSet;
import java.util.Set;
import org.annals.entities.DocumentEntities;
import org.annals.kb.KbEntity;
import org.annals.kb.KnowledgeBase;
import org.annals.model.EntityRecord;
import org.annals.model.Span;
import org.annals.ontology.Plover;

/**
 * Fills the side of an event the text leaves unnamed, from what it does say: where the event happened and
 * whose agents acted. Every guess is an entity with no mentions whose name says what it was inferred from, so a
 * reader can tell it from what the text names.
 */
final class ImplicitActors {

    /** PLOVER mode of CONSULT for making or hosting a visit. */
    static final String VISIT_MODE = "visit";

    /** PLOVER mode of ACCUSE for an investigation: one with no one named is run by the authorities of the place. */
    private static final String INVESTIGATE_MODE = "investigate";

    /** Sectors whose acts on unnamed people are acts on their own country's people: police and courts. */
    private static final Set<String> DOMESTIC_SECTORS = Set.of("COP", "JUD");

    /** Sectors that protest rather than are protested against; a protest by one of them is aimed at the state. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI");

    /** Sector of protesters named by no one (the agent lexicons code "protester", "manifestant" so). */
    private static final String PROTESTERS_SECTOR = "OPP";

    /** Sectors of people who stand against or apart from a state: rebels, radicals, opposition, civilians, workers. */
    private static final Set<String> NON_STATE_SECTORS = Set.of("REB", "INS", "UAF", "RAD", "OPP", "CVL", "LAB", "EDU");

    /** The two sides of an event. */
    record Sides(Set<String> sources, Set<String> targets) {
    }

    private final KnowledgeBase kb;

    ImplicitActors(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * @param trigger the words of the event, the mention of an actor they imply ("manifestations de masse": protesters)
     */
    Sides complete(Plover category, String mode, Set<String> namedSources, Set<String> namedTargets, String location,
                   Span trigger, DocumentEntities entities) {
        Set<String> sources = new LinkedHashSet<>(namedSources);
        Set<String> targets = new LinkedHashSet<>(namedTargets);
        String placeCountry = location == null ? null : entities.byId(location).country();
        if (location != null) {
            // An unnamed target of a protest, curfew or bombing is the people of the place; a visit abroad is to the host.
            if (targets.isEmpty() && (category.placeStandsForTarget() || isVisitAbroad(mode, sources, placeCountry,
                    entities))) {
                targets.add(location);
            }
            // A bombing no one is named for was set by someone there.
            String unnamed = null;
            if (sources.isEmpty() && category.placeStandsForUnnamedSource()) {
                unnamed = entities.unidentifiedActorAt(location);
            } else if (sources.isEmpty() && category == Plover.PROTEST && placeCountry != null) {
                // "mass protests in Kazakhstan": the protests imply protesters, people of the place.
                unnamed = entities.impliedActor("protesters in " + entities.byId(location).name(), placeCountry,
                        PROTESTERS_SECTOR, trigger);
            } else if (sources.isEmpty() && INVESTIGATE_MODE.equals(mode) && placeCountry != null) {
                // "was put under investigation in Italy"
                unnamed = entities.inferredActor("authorities of " + countryName(placeCountry), placeCountry, "GOV");
            }
            if (unnamed != null) {
                sources.add(unnamed);
            }
            // "a journalist killed in Beirut", "demonstrators in Baghdad": actors with no country act where it happened.
            if (placeCountry != null && category.placeIsHomeOfItsActors()) {
                sources.forEach(id -> entities.localize(id, placeCountry));
                targets.forEach(id -> entities.localize(id, placeCountry));
            }
        }
        String domestic = domesticAgentCountry(category, sources, entities);
        if (domestic != null) {
            // "Egyptian police dispersed demonstrators", "police arrested 12": police and courts act on their own
            // country's people.
            targets.forEach(id -> entities.localize(id, domestic));
            if (targets.isEmpty() && (category == Plover.COERCE || category == Plover.ASSAULT)) {
                targets.add(entities.inferredActor("people of " + countryName(domestic), domestic, null));
            }
        } else {
            // "Judge Rivera opened investigations against Chilean officials": and are of the country they act on.
            String targetCountry = onlyCountry(targets, entities);
            if (targetCountry != null) {
                sources.stream().filter(id -> isDomesticAgent(category, entities.byId(id)))
                        .forEach(id -> entities.localize(id, targetCountry));
            }
        }
        // "des manifestants ont décapité deux agents des forces de l'ordre": police and courts a country's own people
        // (rebels, protesters, civilians) act against are that country's.
        String peopleCountry = nonStateCountry(sources, entities);
        if (peopleCountry != null) {
            targets.stream().filter(id -> isDomesticAgent(category, entities.byId(id)))
                    .forEach(id -> entities.localize(id, peopleCountry));
        }
        // "the Mozambique government accepted demands from rebels", "rebels rejected the government's appeal":
        // rebels, opposition and civilians facing a government are that government's people.
        opposingGovernment(sources, targets, entities);
        opposingGovernment(targets, sources, entities);
        if (targets.isEmpty() && category == Plover.PROTEST) {
            // "Egyptian demonstrators rioted": a protest naming no one is aimed at the protesters' own state.
            String country = protestersCountry(sources, entities);
            String state = country == null ? null : entities.inferredActor("authorities of " + countryName(country),
                    country, "GOV");
            if (state != null) {
                targets.add(state);
            }
        }
        return new Sides(sources, targets);
    }

    private static void opposingGovernment(Set<String> governments, Set<String> others, DocumentEntities entities) {
        String country = null;
        for (String id : governments) {
            EntityRecord e = entities.byId(id);
            if ("GOV".equals(e.sector()) && e.country() != null) {
                country = e.country();
            }
        }
        if (country == null) {
            return;
        }
        for (String id : others) {
            String sector = entities.byId(id).sector();
            if (sector != null && NON_STATE_SECTORS.contains(sector)) {
                entities.localize(id, country);
            }
        }
    }

    private static boolean isVisitAbroad(String mode, Set<String> sources, String placeCountry,
                                         DocumentEntities entities) {
        return VISIT_MODE.equals(mode) && placeCountry != null && !sources.isEmpty()
                && sources.stream().map(entities::byId).noneMatch(e -> placeCountry.equals(e.country()));
    }

    private static String domesticAgentCountry(Plover category, Set<String> sources, DocumentEntities entities) {
        for (String id : sources) {
            EntityRecord e = entities.byId(id);
            if (isDomesticAgent(category, e) && e.country() != null) {
                return e.country();
            }
        }
        return null;
    }

    private static boolean isDomesticAgent(Plover category, EntityRecord e) {
        String sector = e.sector() == null ? "" : e.sector();
        return DOMESTIC_SECTORS.contains(sector) || category == Plover.COERCE && sector.equals("GOV");
    }

    /** The one country of the given actors when all are non-state people (rebels, protesters, civilians), or null. */
    private static String nonStateCountry(Set<String> ids, DocumentEntities entities) {
        for (String id : ids) {
            String sector = entities.byId(id).sector();
            if (sector == null || !NON_STATE_SECTORS.contains(sector)) {
                return null;
            }
        }
        return onlyCountry(ids, entities);
    }

    /** The country all the given entities that have one share, or null. */
    private static String onlyCountry(Set<String> ids, DocumentEntities entities) {
        String country = null;
        for (String id : ids) {
            String c = entities.byId(id).country();
            if (c != null && country != null && !c.equals(country)) {
                return null;
            }
            country = c != null ? c : country;
        }
        return country;
    }

    /** The one country of non-state protesters, or null when they are state agents, stateless or of several countries. */
    private String protestersCountry(Set<String> sources, DocumentEntities entities) {
        String country = null;
        for (String id : sources) {
            EntityRecord e = entities.byId(id);
            if (e.country() == null || e.sector() != null && STATE_SECTORS.contains(e.sector()) || isCountry(e)
                    || country != null && !country.equals(e.country())) {
                return null;
            }
            country = e.country();
        }
        return country;
    }

    private boolean isCountry(EntityRecord e) {
        return e.kb() != null && kb.entity(e.kb()).map(kb::isCountry).orElse(false);
    }

    private String countryName(String alpha3) {
        return kb.country(alpha3).map(KbEntity::name).orElse(alpha3);
    }
}
