package org.annals.store;

/**
 * One actor of a stored event, as far as the store resolved it.
 *
 * @param key what makes two reports' actors the same: the KB id, else country/sector, else a key unique
 *            to the article's entity (an unresolved actor matches nothing in other reports)
 */
public record ActorRef(String key, String name, String country, String sector, String code) {

    /** The merge key of an entity: KB id, else "country/sector", else unique to this article's entity. */
    static String keyOf(String kb, String country, String sector, String articleId, String entityId) {
        if (kb != null && !kb.isBlank()) {
            return kb;
        }
        if (country != null && !country.isBlank()) {
            return country + "/" + (sector == null ? "" : sector);
        }
        return "?" + articleId + "#" + entityId;
    }

    boolean resolved() {
        return !key.startsWith("?");
    }
}
