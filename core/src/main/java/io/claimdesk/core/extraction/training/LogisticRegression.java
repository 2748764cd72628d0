package io.claimdesk.core.extraction.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits a logistic regression on sparse examples with stochastic gradient descent (AdaGrad step sizes, L2 penalty on
 * the features an example touches). Deterministic for a given seed: the shuffle is the only randomness.
 */
public final class LogisticRegression {

    /**
     * One training example: the indices and values of its non-zero features, its label, and a fixed offset added to
     * its margin (the contribution of features whose weights are set, not learnt).
     */
    public record Example(int[] indices, double[] values, double offset, boolean positive) {

        public Example(int[] indices, double[] values, boolean positive) {
            this(indices, values, 0, positive);
        }
    }

    /** Hyper-parameters. */
    public record Settings(double l2, int epochs, double learningRate, long seed) {
    }

    /** Fitted weights: {@code weights[i]} for feature i, and the bias. */
    public record Weights(double bias, double[] weights) {

        public double margin(Example example) {
            double z = bias + example.offset();
            for (int k = 0; k < example.indices().length; k++) {
                z += weights[example.indices()[k]] * example.values()[k];
            }
            return z;
        }

        public double probability(Example example) {
            return sigmoid(margin(example));
        }
    }

    private LogisticRegression() {
    }

    public static Weights fit(List<Example> examples, int dimension, Settings settings) {
        double[] w = new double[dimension];
        double[] squaredGradients = new double[dimension];
        double bias = 0;
        double biasSquaredGradient = 0;
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                double z = bias + example.offset();
                for (int k = 0; k < example.indices().length; k++) {
                    z += w[example.indices()[k]] * example.values()[k];
                }
                double error = sigmoid(z) - (example.positive() ? 1 : 0);
                for (int k = 0; k < example.indices().length; k++) {
                    int i = example.indices()[k];
                    double gradient = error * example.values()[k] + settings.l2() * w[i];
                    squaredGradients[i] += gradient * gradient;
                    w[i] -= settings.learningRate() * gradient / Math.sqrt(squaredGradients[i] + 1e-8);
                }
                biasSquaredGradient += error * error;
                bias -= settings.learningRate() * error / Math.sqrt(biasSquaredGradient + 1e-8);
            }
        }
        return new Weights(bias, w);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
