package newssearch.eval;

/**
 * How a list field matched, summed over pages: values found that were expected (true positives), found but
 * not expected, and expected but not found.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public Counts plus(Counts other) {
        return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** 1 when nothing was found and nothing was expected: there was nothing to get wrong. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? (falseNegatives == 0 ? 1 : 0) : (double) truePositives / found;
    }

    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? (falsePositives == 0 ? 1 : 0) : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
