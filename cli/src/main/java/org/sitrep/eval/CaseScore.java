package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CASE 2021 task 2 figures over (gold, predicted) label pairs. Type accuracy and macro F1 are over the snippets
 * whose gold label is one of the 25 ACLED labels ({@link CaseLabels#ACLED}); macro F1 averages the F1 of every
 * label that is gold or predicted for one of them. Other accuracy is over the remaining snippets (disasters,
 * diplomacy, crime): right when Sitrep reports no event ({@link CaseLabels#NONE}) or OTHER.
 */
public final class CaseScore {
    private final List<String[]> pairs = new ArrayList<>();

    /** Adds one snippet's gold and predicted label. */
    public void add(String gold, String predicted) {
        pairs.add(new String[]{gold, predicted});
    }

    public int snippets() {
        return pairs.size();
    }

    /** Snippets with an ACLED gold label. */
    public int acled() {
        return (int) pairs.stream().filter(p -> CaseLabels.ACLED.contains(p[0])).count();
    }

    /** Share of ACLED-labelled snippets whose label Sitrep got; NaN when there are none. */
    public double typeAccuracy() {
        long right = pairs.stream().filter(p -> CaseLabels.ACLED.contains(p[0]) && p[0].equals(p[1])).count();
        return acled() == 0 ? Double.NaN : (double) right / acled();
    }

    /** Share of the other snippets for which Sitrep reports no event or OTHER; NaN when there are none. */
    public double otherAccuracy() {
        List<String[]> others = pairs.stream().filter(p -> !CaseLabels.ACLED.contains(p[0])).toList();
        if (others.isEmpty()) {
            return Double.NaN;
        }
        long right = others.stream().filter(p -> p[1].equals(CaseLabels.NONE) || p[1].equals("OTHER")).count();
        return (double) right / others.size();
    }

    /** Macro F1 over the labels gold or predicted for ACLED-labelled snippets; NaN when there are none. */
    public double macroF1() {
        Map<String, double[]> f1 = perLabelF1();
        return f1.isEmpty() ? Double.NaN : f1.values().stream().mapToDouble(v -> v[0]).average().orElse(Double.NaN);
    }

    /** F1 per label (one-element arrays), over the ACLED-labelled snippets. */
    public Map<String, double[]> perLabelF1() {
        List<String[]> acled = pairs.stream().filter(p -> CaseLabels.ACLED.contains(p[0])).toList();
        TreeSet<String> labels = new TreeSet<>();
        acled.forEach(p -> {
            labels.add(p[0]);
            labels.add(p[1]);
        });
        Map<String, double[]> f1 = new TreeMap<>();
        for (String label : labels) {
            long tp = acled.stream().filter(p -> p[0].equals(label) && p[1].equals(label)).count();
            long gold = acled.stream().filter(p -> p[0].equals(label)).count();
            long predicted = acled.stream().filter(p -> p[1].equals(label)).count();
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = gold == 0 ? 0 : (double) tp / gold;
            f1.put(label, new double[]{Rates.f1(precision, recall)});
        }
        f1.remove(CaseLabels.NONE);
        return f1;
    }
}
