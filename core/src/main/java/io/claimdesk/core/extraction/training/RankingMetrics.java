package io.claimdesk.core.extraction.training;

import java.util.List;

/** Evaluation figures of a check-worthiness model: precision, recall and F1 of the positive class; AP and MAP. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * The threshold, on a grid of hundredths from {@code fromHundredths} to {@code toHundredths}, that maximises F1 of
     * the scores against the gold labels (the lowest such threshold on ties), and that F1.
     */
    public static double[] bestThreshold(List<Double> scores, List<Boolean> gold, int fromHundredths,
            int toHundredths) {
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (int t = fromHundredths; t <= toHundredths; t++) {
            double threshold = t / 100.0;
            double f1 = Confusion.of(scores.stream().map(s -> s >= threshold).toList(), gold).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                bestThreshold = threshold;
            }
        }
        return new double[]{bestThreshold, bestF1};
    }

    /** Counts of a binary decision against gold labels. */
    public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        public static Confusion of(List<Boolean> predicted, List<Boolean> gold) {
            if (predicted.size() != gold.size()) {
                throw new IllegalArgumentException(predicted.size() + " predictions for " + gold.size() + " labels");
            }
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean p = predicted.get(i);
                boolean g = gold.get(i);
                if (p && g) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Confusion(tp, fp, fn, tn);
        }

        /** 0 when nothing was predicted positive. */
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        /** 0 when there is no positive. */
        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
        }
    }

    /**
     * Average precision of a ranking: the mean, over the relevant items, of the precision at each one's rank; 0 when
     * nothing is relevant. {@code rankedRelevance} is best-ranked first.
     */
    public static double averagePrecision(List<Boolean> rankedRelevance) {
        int relevant = 0;
        double sum = 0;
        for (int rank = 1; rank <= rankedRelevance.size(); rank++) {
            if (rankedRelevance.get(rank - 1)) {
                relevant++;
                sum += (double) relevant / rank;
            }
        }
        return relevant == 0 ? 0 : sum / relevant;
    }

    /** The mean of the average precisions of several rankings. */
    public static double meanAveragePrecision(List<List<Boolean>> rankings) {
        if (rankings.isEmpty()) {
            throw new IllegalArgumentException("no ranking");
        }
        return rankings.stream().mapToDouble(RankingMetrics::averagePrecision).average().orElseThrow();
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
