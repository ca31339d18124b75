package org.annals.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.model.EntityType;

/**
 * What Annals knows about actors and places: names in many languages and scripts, dated roles, countries.
 *
 * <p>All lookups take the language of the text (for adjectives, inflection, transliteration) and the
 * date of the event (roles are dated). A {@code null} date means "unknown": roles then give no code.
 */
public interface KnowledgeBase {

    /** Entities a proper name may refer to, best first; empty when unknown; several when ambiguous. */
    List<KbCandidate> lookup(String name, String language, LocalDate date);

    /** The entity with this stable id. */
    Optional<KbEntity> entity(String id);

    /** Actor code of an entity at a date: the role it held then, or its base code. */
    ActorCode codeAt(KbEntity entity, LocalDate date);

    /**
     * The ISO 3166 alpha-3 code named or qualified by one word: a country name ("Kazakhstan", "Россия"),
     * an adjective or demonym ("biélorusse", "Kazakh", "russes"), a capital used by metonymy ("Minsk").
     */
    Optional<String> countryOf(String word, String language);

    /**
     * The person holding the role that a title phrase describes at a date: "dirigeant biélorusse",
     * "the Kazakh president", "белорусский лидер", "russische Außenminister".
     */
    Optional<KbCandidate> holderOf(String titlePhrase, String language, LocalDate date);

    /**
     * The actor sector a common noun implies (agents): "police" → COP, "soldats" → MIL,
     * "protesters" → OPP... Lemma in, CAMEO sector out.
     */
    Optional<String> sectorOf(String nounLemma, String language);

    /**
     * The state body a common phrase names ("Foreign Ministry", "ministère de la Défense", "МИД"), without its
     * country: the text gives that. Empty for anything else.
     */
    default Optional<Body> bodyOf(String phrase, String language) {
        return Optional.empty();
    }

    /** Whether a word can begin a phrase {@link #bodyOf} reads: a cheap test before reading one (default: yes). */
    default boolean startsBody(String word, String language) {
        return true;
    }

    /**
     * Whether a phrase is, whole, a role noun ("ministre des Affaires étrangères", "Minister of Foreign Affairs"):
     * the capitalized words in it name a portfolio, not an organization.
     */
    default boolean isRole(String phrase, String language) {
        return false;
    }

    /**
     * A state body and its country named by a phrase ("МИД Беларуси", "the Kazakh Foreign Ministry"), as a
     * candidate whose entity is made from the phrase (no curated entry stands behind it). Empty for anything else.
     */
    default Optional<KbCandidate> bodyIn(String phrase, String language) {
        return Optional.empty();
    }

    /**
     * Whether an entity is a sovereign country (or observer state / partly recognized state of the country
     * list), as opposed to a city, region, person or organization.
     */
    default boolean isCountry(KbEntity entity) {
        return entity != null && entity.type() == EntityType.GPE
                && entity.id().startsWith(COUNTRY_ID_PREFIX);
    }

    /**
     * The state a place of today's country {@code alpha3} belonged to on a day: the dissolved state that broke up
     * into it (Belgrade in 1999 is in FR Yugoslavia, Kyiv in 1988 in the USSR), else {@code alpha3} itself.
     */
    default String stateHolding(String alpha3, LocalDate date) {
        return alpha3;
    }

    /** The country entity of an ISO alpha-3 code, if the KB has one. */
    default Optional<KbEntity> country(String alpha3) {
        return entity(countryId(alpha3));
    }

    /** Prefix of the ids of country entities: {@code annals:country-kaz}. */
    String COUNTRY_ID_PREFIX = "annals:country-";

    /** The id of the country entity of an ISO alpha-3 code. */
    static String countryId(String alpha3) {
        return COUNTRY_ID_PREFIX + alpha3.toLowerCase(Locale.ROOT);
    }
}
