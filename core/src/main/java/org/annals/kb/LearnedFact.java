package org.annals.kb;

import java.time.LocalDate;

/**
 * One role observation learned from text: a person named with a title in an apposition.
 *
 * @param entityId the learned entity ("learned:kgz-...") or the curated/imported person the role was added to
 * @param name the name as the text gave it
 * @param canonicalName the name as listed (Latin transliteration for other scripts)
 * @param country alpha-3 of the country of the role
 * @param kind role kind or flag from the title lexicon ("president", "foreign-minister", "LEADER")
 * @param former whether the text says the role is over ("ex-", "former", "бывший")
 * @param code actor code the observation implies at its date (COUNTRY + ELI when former)
 * @param date the date of the article (the role held that day, or over by then)
 * @param titlePhrase the role phrase as written
 * @param language language of the text
 * @param evidence where it was read
 */
public record LearnedFact(String entityId, String name, String canonicalName, String country, String kind,
        boolean former, ActorCode code, LocalDate date, String titlePhrase, String language, Evidence evidence) {

    /** Whether the fact is about a person the curated or imported KB did not know. */
    public boolean newEntity() {
        return entityId.startsWith(LEARNED_PREFIX);
    }

    /** Id prefix of entities created by learning. */
    public static final String LEARNED_PREFIX = "learned:";
}
