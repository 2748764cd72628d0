package io.claimdesk.deploy.encoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A square linear map learnt on pairs of vectors that should match (a sentence and its translation, a claim and its
 * rewording): in-batch contrastive loss (each left vector against every right vector of its batch and back, cosine
 * over a temperature), Adam steps, and an L2 pull towards the identity so that a few hundred pairs cannot undo what
 * the encoder already knows. Starts from the identity: zero epochs leave the cosine unchanged. Deterministic for a
 * seed.
 */
public final class ContrastiveProjection {

    /** Hyper-parameters. */
    public record Settings(int epochs, int batch, double temperature, double learningRate, double pullToIdentity,
            long seed) {
    }

    private final int dimension;
    private final double[] w;

    private ContrastiveProjection(int dimension, double[] w) {
        this.dimension = dimension;
        this.w = w;
    }

    public static ContrastiveProjection identity(int dimension) {
        double[] w = new double[dimension * dimension];
        for (int i = 0; i < dimension; i++) {
            w[i * dimension + i] = 1;
        }
        return new ContrastiveProjection(dimension, w);
    }

    /** Learns the map on the pairs (left.get(i) should match right.get(i)). */
    public static ContrastiveProjection train(List<float[]> left, List<float[]> right, Settings settings) {
        int d = left.get(0).length;
        ContrastiveProjection p = identity(d);
        double[] m = new double[d * d];
        double[] v = new double[d * d];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        int step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int from = 0; from + 1 < order.size(); from += settings.batch()) {
                List<Integer> batch = order.subList(from, Math.min(order.size(), from + settings.batch()));
                double[] gradient = p.gradient(batch, left, right, settings.temperature());
                step++;
                p.adam(gradient, m, v, step, settings);
            }
        }
        return p;
    }

    private double[] gradient(List<Integer> batch, List<float[]> left, List<float[]> right, double temperature) {
        int n = batch.size();
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        double[] normA = new double[n];
        double[] normB = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = apply(left.get(batch.get(i)));
            b[i] = apply(right.get(batch.get(i)));
            normA[i] = normalise(a[i]);
            normB[i] = normalise(b[i]);
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = dot(a[i], b[j]) / temperature;
            }
        }
        // dLoss/ds: row softmax (left finds its right) plus column softmax (right finds its left), minus the targets.
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = softmax(s[i]);
            for (int j = 0; j < n; j++) {
                g[i][j] += (row[j] - (i == j ? 1 : 0)) / (2.0 * n);
            }
        }
        for (int j = 0; j < n; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = s[i][j];
            }
            column = softmax(column);
            for (int i = 0; i < n; i++) {
                g[i][j] += (column[i] - (i == j ? 1 : 0)) / (2.0 * n);
            }
        }
        double[] gradient = new double[dimension * dimension];
        for (int i = 0; i < n; i++) {
            double[] da = new double[dimension];
            double[] db = new double[dimension];
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < dimension; k++) {
                    da[k] += g[i][j] * b[j][k] / temperature;
                    db[k] += g[j][i] * a[j][k] / temperature;
                }
            }
            accumulate(gradient, throughNorm(da, a[i], normA[i]), left.get(batch.get(i)));
            accumulate(gradient, throughNorm(db, b[i], normB[i]), right.get(batch.get(i)));
        }
        return gradient;
    }

    // The gradient with respect to the unnormalised vector, given the one with respect to its unit vector u.
    private static double[] throughNorm(double[] gradUnit, double[] u, double norm) {
        double along = dot(gradUnit, u);
        double[] out = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            out[k] = (gradUnit[k] - along * u[k]) / norm;
        }
        return out;
    }

    private void accumulate(double[] gradient, double[] outputGradient, float[] input) {
        for (int r = 0; r < dimension; r++) {
            double g = outputGradient[r];
            if (g == 0) {
                continue;
            }
            int row = r * dimension;
            for (int c = 0; c < dimension; c++) {
                gradient[row + c] += g * input[c];
            }
        }
    }

    private void adam(double[] gradient, double[] m, double[] v, int step, Settings settings) {
        double beta1 = 0.9;
        double beta2 = 0.999;
        double correction1 = 1 - Math.pow(beta1, step);
        double correction2 = 1 - Math.pow(beta2, step);
        for (int i = 0; i < w.length; i++) {
            boolean diagonal = i / dimension == i % dimension;
            double g = gradient[i] + settings.pullToIdentity() * (w[i] - (diagonal ? 1 : 0));
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            w[i] -= settings.learningRate() * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + 1e-8);
        }
    }

    /** The mapped vector (not normalised: cosine does that). */
    public double[] apply(float[] x) {
        double[] y = new double[dimension];
        for (int r = 0; r < dimension; r++) {
            double sum = 0;
            int row = r * dimension;
            for (int c = 0; c < dimension; c++) {
                sum += w[row + c] * x[c];
            }
            y[r] = sum;
        }
        return y;
    }

    /** {@link #apply} as floats, for the cosine of the matching code. */
    public float[] map(float[] x) {
        double[] y = apply(x);
        float[] out = new float[y.length];
        for (int k = 0; k < y.length; k++) {
            out[k] = (float) y[k];
        }
        return out;
    }

    private static double normalise(double[] x) {
        double norm = Math.sqrt(dot(x, x));
        double safe = norm == 0 ? 1 : norm;
        for (int k = 0; k < x.length; k++) {
            x[k] /= safe;
        }
        return safe;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : z) {
            max = Math.max(max, x);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
