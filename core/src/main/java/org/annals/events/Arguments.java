package org.annals.events;

import java.util.List;
import org.annals.analysis.Token;

/**
 * The argument tokens a trigger governs, before they are mapped to entities.
 *
 * @param predicate the clause head the arguments hang from (the trigger verb, or the verb a noun trigger depends on)
 * @param sources subject-side tokens
 * @param targets object-side tokens
 * @param participants tokens of "between X and Y" phrases, both sides at once
 * @param places tokens of locative phrases
 */
public record Arguments(Token predicate, List<Token> sources, List<Token> targets,
                        List<Token> participants, List<Token> places) {
}
