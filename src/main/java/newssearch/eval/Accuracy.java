package newssearch.eval;

/** How often a single-valued field was right: {@code correct} of {@code total} pages. */
public record Accuracy(int correct, int total) {

    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct must be between 0 and total: " + correct + "/" + total);
        }
    }

    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), total + 1);
    }

    /** 1 when there was nothing to score. */
    public double value() {
        return total == 0 ? 1 : (double) correct / total;
    }
}
