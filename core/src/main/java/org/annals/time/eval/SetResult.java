package org.annals.time.eval;

/**
 * Scores of the tagger on one gold set.
 *
 * @param gold gold expressions in scope
 * @param recognized gold expressions the tagger found (overlapping span)
 * @param correct recognized expressions whose value matches the gold at the gold's grain
 * @param system expressions the tagger output (for precision; 0 when the set cannot tell)
 * @param spurious system expressions overlapping no gold expression
 */
public record SetResult(String set, int gold, int recognized, int correct, int system, int spurious) {

    public double recall() {
        return gold == 0 ? 0 : (double) recognized / gold;
    }

    /** Value accuracy on recognized expressions. */
    public double valueAccuracy() {
        return recognized == 0 ? 0 : (double) correct / recognized;
    }

    /** Correct values over all gold expressions: recall and accuracy in one number. */
    public double endToEnd() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double precision() {
        return system == 0 ? Double.NaN : (double) (system - spurious) / system;
    }

    /** One table row: set, counts, recall, value accuracy, end-to-end, precision. */
    public String row() {
        return String.format("%-28s gold=%5d found=%5d correct=%5d  recall=%.3f  valueAcc=%.3f  e2e=%.3f  prec=%s",
                set, gold, recognized, correct, recall(), valueAccuracy(), endToEnd(),
                system == 0 ? "  -  " : String.format("%.3f", precision()));
    }
}
