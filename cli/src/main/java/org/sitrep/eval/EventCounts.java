package org.sitrep.eval;

/**
 * Counts of event scoring, summed over documents.
 *
 * @param gold             scored gold event mentions
 * @param predicted        judged predicted mentions
 * @param goldFound        gold mentions some predicted mention of the same family overlaps
 * @param predictedRight   predicted mentions overlapping a gold mention of the same family
 * @param goldArguments    gold arguments of the scored mentions
 * @param predictedArguments arguments of the judged predicted mentions
 * @param goldArgumentsFound gold arguments matched by a right mention's argument of the same role that overlaps it
 * @param predictedArgumentsRight predicted arguments matching such a gold argument
 * @param deaths           gold deaths whose victim argument states a number
 * @param deathsExact      of those, the ones Sitrep's event at the trigger has exactly that toll for
 */
public record EventCounts(int gold, int predicted, int goldFound, int predictedRight, int goldArguments,
                          int predictedArguments, int goldArgumentsFound, int predictedArgumentsRight, int deaths,
                          int deathsExact) {
    public static final EventCounts ZERO = new EventCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public EventCounts plus(EventCounts o) {
        return new EventCounts(gold + o.gold, predicted + o.predicted, goldFound + o.goldFound,
                predictedRight + o.predictedRight, goldArguments + o.goldArguments,
                predictedArguments + o.predictedArguments, goldArgumentsFound + o.goldArgumentsFound,
                predictedArgumentsRight + o.predictedArgumentsRight, deaths + o.deaths, deathsExact + o.deathsExact);
    }

    public double triggerF1() {
        return Rates.f1(Rates.ratio(predictedRight, predicted), Rates.ratio(goldFound, gold));
    }

    public double triggerPrecision() {
        return Rates.ratio(predictedRight, predicted);
    }

    public double triggerRecall() {
        return Rates.ratio(goldFound, gold);
    }

    public double argumentF1() {
        return Rates.f1(argumentPrecision(), argumentRecall());
    }

    public double argumentPrecision() {
        return Rates.ratio(predictedArgumentsRight, predictedArguments);
    }

    public double argumentRecall() {
        return Rates.ratio(goldArgumentsFound, goldArguments);
    }

    /** Share of gold deaths with a number whose toll Sitrep got exactly; NaN when there are none. */
    public double fatalitiesExact() {
        return deaths == 0 ? Double.NaN : (double) deathsExact / deaths;
    }
}
