package io.claimdesk.deploy.encoder;

import java.util.ArrayList;
import java.util.List;

import io.claimdesk.core.extraction.training.LogisticRegression;
import io.claimdesk.core.extraction.training.RankingMetrics;

/**
 * A logistic-regression head over fixed vectors (encoder outputs, optionally followed by other dense features): each
 * dimension standardised on the training vectors, then fitted with the project's {@link LogisticRegression}. Its
 * score is the model's probability; the decision threshold is chosen by the caller on held-out data.
 */
public final class VectorClassifier {

    private final double[] mean;
    private final double[] scale;
    private final LogisticRegression.Weights weights;

    private VectorClassifier(double[] mean, double[] scale, LogisticRegression.Weights weights) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
    }

    /** Fits a head on the vectors and their labels. */
    public static VectorClassifier fit(List<float[]> vectors, List<Boolean> labels, double l2, int epochs, long seed) {
        int dimension = vectors.get(0).length;
        double[] mean = new double[dimension];
        double[] scale = new double[dimension];
        for (float[] v : vectors) {
            for (int k = 0; k < dimension; k++) {
                mean[k] += v[k];
            }
        }
        for (int k = 0; k < dimension; k++) {
            mean[k] /= vectors.size();
        }
        for (float[] v : vectors) {
            for (int k = 0; k < dimension; k++) {
                scale[k] += (v[k] - mean[k]) * (v[k] - mean[k]);
            }
        }
        for (int k = 0; k < dimension; k++) {
            double sd = Math.sqrt(scale[k] / vectors.size());
            scale[k] = sd < 1e-6 ? 0 : 1 / sd;
        }
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            examples.add(example(vectors.get(i), mean, scale, labels.get(i)));
        }
        LogisticRegression.Weights weights = LogisticRegression.fit(examples, dimension,
                new LogisticRegression.Settings(l2, epochs, 0.05, seed));
        return new VectorClassifier(mean, scale, weights);
    }

    private static LogisticRegression.Example example(float[] v, double[] mean, double[] scale, boolean positive) {
        int[] indices = new int[v.length];
        double[] values = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            indices[k] = k;
            values[k] = (v[k] - mean[k]) * scale[k];
        }
        return new LogisticRegression.Example(indices, values, positive);
    }

    /** The probability that the vector's sentence is check-worthy. */
    public double score(float[] vector) {
        return weights.probability(example(vector, mean, scale, false));
    }

    public List<Double> scores(List<float[]> vectors) {
        return vectors.stream().map(this::score).toList();
    }

    /** The threshold in 0.02–0.98 that maximises F1 of the scores against the labels, and that F1. */
    public static double[] bestThreshold(List<Double> scores, List<Boolean> labels) {
        return RankingMetrics.bestThreshold(scores, labels, 2, 98);
    }

    public static RankingMetrics.Confusion confusion(List<Double> scores, List<Boolean> labels, double threshold) {
        return RankingMetrics.Confusion.of(scores.stream().map(s -> s >= threshold).toList(), labels);
    }
}
