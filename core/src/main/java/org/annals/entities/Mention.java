package org.annals.entities;

import org.annals.kb.KbCandidate;
import org.annals.model.EntityType;
import org.annals.model.Span;

/**
 * A stretch of one sentence that refers to an actor or place.
 *
 * @param sentence index of the sentence
 * @param first index of the first token in the sentence
 * @param last index of the last token (inclusive)
 * @param head index of the token that stands for the mention in the dependency tree
 * @param link the knowledge-base entity, or {@code null}
 * @param country country code from the mention's own words ("Kazakh authorities"), or {@code null}
 * @param sector sector from the mention's own words ("police" → COP), or {@code null}
 * @param key grouping key of unlinked mentions (normalized head words)
 * @param title the title words next to an unknown name ("l'ex-président du Kirghizistan"), or {@code null}
 * @param possessive the possessive word that makes a nominal someone's ("sa famille"), or {@code null}
 */
public record Mention(Span span, int sentence, int first, int last, int head, MentionKind kind,
                      EntityType type, KbCandidate link, String country, String sector, String key, Span title,
                      Possessive possessive) {

    /** A mention no possessive word determines. */
    public Mention(Span span, int sentence, int first, int last, int head, MentionKind kind, EntityType type,
                   KbCandidate link, String country, String sector, String key, Span title) {
        this(span, sentence, first, last, head, kind, type, link, country, sector, key, title, null);
    }

    public boolean covers(int sentenceIndex, int tokenIndex) {
        return sentence == sentenceIndex && tokenIndex >= first && tokenIndex <= last;
    }
}
