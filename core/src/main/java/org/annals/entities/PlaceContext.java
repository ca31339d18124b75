package org.annals.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.kb.Gazetteer;
import org.annals.model.EntityType;

/**
 * Gives a place name that towns of two countries share ("Barcelona": Spain, Venezuela) the country the rest of the
 * document points to: the one its other actors and places belong to most often. With no such lead it stays without.
 */
final class PlaceContext {

    private final Gazetteer gazetteer;

    PlaceContext(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions, with the country of each shared place name the document settles. */
    List<Mention> settle(List<Mention> mentions, String lang) {
        Map<String, Integer> votes = new HashMap<>();
        for (Mention m : mentions) {
            if (m.country() != null) {
                votes.merge(m.country(), 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String country = isUnplacedPlace(m) ? leading(gazetteer.candidatesOf(m.span().text(), lang), votes) : null;
            out.add(country == null ? m : new Mention(m.span(), m.sentence(), m.first(), m.last(), m.head(), m.kind(),
                    m.type(), m.link(), country, m.sector(), m.key(), m.title(), m.possessive()));
        }
        return out;
    }

    private static boolean isUnplacedPlace(Mention m) {
        return m.link() == null && m.country() == null
                && (m.type() == EntityType.LOCATION || m.type() == EntityType.GPE);
    }

    /** The candidate the document names most often, when one leads; null otherwise. */
    private static String leading(List<String> candidates, Map<String, Integer> votes) {
        if (candidates.size() < 2) {
            return null;
        }
        String best = null;
        int bestVotes = 0;
        boolean tie = false;
        for (String c : candidates) {
            int v = votes.getOrDefault(c, 0);
            if (v > bestVotes) {
                best = c;
                bestVotes = v;
                tie = false;
            } else if (v == bestVotes && v > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
