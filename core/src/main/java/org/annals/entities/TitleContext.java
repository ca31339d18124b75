package org.annals.entities;

import org.annals.model.Span;

/**
 * The title words around an unknown name ("Serbian President", "l'ex-président du Kirghizistan") and
 * what they say: the country and sector the person acts for.
 *
 * @param phrase the title words as they stand in the text, or {@code null} when there are none
 */
public record TitleContext(Span phrase, String country, String sector) {

    static final TitleContext NONE = new TitleContext(null, null, null);
}
