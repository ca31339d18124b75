package org.annals.events;

import java.util.List;
import org.annals.analysis.Token;

/**
 * The argument tokens a trigger governs, before they are mapped to entities.
 *
 * @param predicate the clause head the arguments hang from (the trigger verb, or the verb a noun trigger depends on)
 * @param sources subject-side tokens
 * @param authors for a noun trigger, its own author tokens ("Serbia's offensive", "a U.S. request", "Israeli
 *                raids"): they replace the subject the noun would borrow from its verb
 * @param targets object-side tokens
 * @param participants tokens of "between X and Y" phrases, both sides at once
 * @param places tokens of locative phrases
 * @param patients for a noun trigger, what its genitive complement names ("the invasion of Kuwait"): a target for
 *                 acts of conflict, ambiguous for others ("the visit of the president")
 */
public record Arguments(Token predicate, List<Token> sources, List<Token> authors, List<Token> targets,
                        List<Token> participants, List<Token> places, List<Token> patients) {
}
