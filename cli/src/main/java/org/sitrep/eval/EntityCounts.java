package org.sitrep.eval;

/**
 * Entity counts for one type or overall: how many the gold data holds, how many the recogniser predicted, and
 * how many of those match a gold entity exactly in span and type.
 */
public record EntityCounts(int gold, int predicted, int correct) {
    public static final EntityCounts NONE = new EntityCounts(0, 0, 0);

    public EntityCounts {
        if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
            throw new IllegalArgumentException("counts gold " + gold + ", predicted " + predicted + ", correct "
                    + correct + " are inconsistent");
        }
    }

    public EntityCounts plus(EntityCounts other) {
        return new EntityCounts(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }

    /** Correct among predicted; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Correct among gold; 0 when the gold data holds none. */
    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        return Rates.f1(precision(), recall());
    }
}
