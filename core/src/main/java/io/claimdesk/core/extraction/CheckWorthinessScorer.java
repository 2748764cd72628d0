package io.claimdesk.core.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * Weighs {@link ClaimFeatures} with a logistic linear model into a check-worthiness score in [0, 1], and says whether
 * the score passes the decision threshold. The weights come from {@value #WEIGHTS} (trained by
 * {@code CheckWorthinessTrainer}, see docs/models.md) or from the caller.
 *
 * <p>
 * Two models share one threshold: a cross-language one over reasons and signals (unprefixed keys), used for every
 * language, and an optional lexical one ({@code en.} keys) that adds hashed word n-grams, used for sentences whose
 * features are {@link ClaimFeatures#lexical() lexical}.
 */
public class CheckWorthinessScorer {

    /** The bundled weights, next to this class. */
    public static final String WEIGHTS = "check-worthiness-weights.properties";
    /** Prefix of the lexical model's keys. */
    public static final String LEXICAL_PREFIX = "en.";
    /** Threshold used when the weights do not give one. */
    static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;
    private final LinearModel shared;
    private final LinearModel lexical;

    /** Uses the bundled trained weights. */
    public CheckWorthinessScorer() {
        this(readBundledWeights());
    }

    /**
     * Uses the given weights: {@code threshold}, {@code bias}, one key per {@link Reason} or
     * {@link ClaimFeatureExtractor#SIGNALS signal} (lower case), and the same keys prefixed by {@code en.} plus
     * {@code en.hash_bits} and {@code en.term.<bucket>} for the lexical model; a missing key weighs 0.
     */
    public CheckWorthinessScorer(Properties weights) {
        this.threshold = Double.parseDouble(weights.getProperty("threshold", Double.toString(DEFAULT_THRESHOLD)));
        this.shared = LinearModel.read(weights, "");
        boolean hasLexical = weights.stringPropertyNames().stream().anyMatch(k -> k.startsWith(LEXICAL_PREFIX));
        this.lexical = hasLexical ? LinearModel.read(weights, LEXICAL_PREFIX) : null;
    }

    /** The probability-like score of the features, in [0, 1]. */
    public double score(ClaimFeatures features) {
        LinearModel model = features.lexical() && lexical != null ? lexical : shared;
        double z = model.margin(features);
        return 1 / (1 + Math.exp(-z));
    }

    /** The decision threshold tuned with the weights: a score at or above it means check-worthy. */
    public double threshold() {
        return threshold;
    }

    public boolean isCheckWorthy(double score) {
        return score >= threshold;
    }

    /** The cross-language model's weight of a reason. */
    public double weight(Reason reason) {
        return shared.reasonWeights[reason.ordinal()];
    }

    /** The bundled weights as properties. */
    public static Properties readBundledWeights() {
        try (InputStream in = CheckWorthinessScorer.class.getResourceAsStream(WEIGHTS)) {
            if (in == null) {
                throw new IllegalStateException(WEIGHTS + " missing from the classpath");
            }
            Properties weights = new Properties();
            weights.load(in);
            return weights;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEIGHTS, e);
        }
    }

    /** One logistic model: bias, reason and signal weights, and an optional hashed term table. */
    private static final class LinearModel {

        final double bias;
        final double[] reasonWeights = new double[Reason.values().length];
        final double[] signalWeights = new double[ClaimFeatureExtractor.SIGNALS.size()];
        final int hashBits;
        final float[] termWeights;

        private LinearModel(Properties weights, String prefix) {
            this.bias = Double.parseDouble(weights.getProperty(prefix + "bias", "0"));
            this.hashBits = Integer.parseInt(weights.getProperty(prefix + "hash_bits", "0"));
            if (hashBits < 0 || hashBits > 24) {
                throw new IllegalArgumentException("hash_bits out of [0, 24]: " + hashBits);
            }
            this.termWeights = new float[hashBits == 0 ? 0 : 1 << hashBits];
        }

        static LinearModel read(Properties weights, String prefix) {
            LinearModel model = new LinearModel(weights, prefix);
            for (String key : weights.stringPropertyNames()) {
                boolean ours = prefix.isEmpty() ? !key.startsWith(LEXICAL_PREFIX) : key.startsWith(prefix);
                String name = key.substring(ours ? prefix.length() : 0);
                if (!ours || name.equals("bias") || name.equals("hash_bits") || key.equals("threshold")) {
                    continue;
                }
                try {
                    model.set(name, Double.parseDouble(weights.getProperty(key)));
                } catch (IllegalArgumentException e) {
                    // A misspelt key would silently weigh nothing.
                    throw new IllegalArgumentException("unknown feature or bad weight: " + key, e);
                }
            }
            return model;
        }

        private void set(String name, double weight) {
            if (name.startsWith("term.")) {
                int bucket = Integer.parseInt(name.substring("term.".length()));
                if (bucket < 0 || bucket >= termWeights.length) {
                    throw new IllegalArgumentException("term bucket out of the table: " + bucket);
                }
                termWeights[bucket] = (float) weight;
                return;
            }
            int signal = ClaimFeatureExtractor.SIGNALS.indexOf(name);
            if (signal >= 0) {
                signalWeights[signal] = weight;
            } else {
                reasonWeights[Reason.valueOf(name.toUpperCase(Locale.ROOT)).ordinal()] = weight;
            }
        }

        double margin(ClaimFeatures features) {
            double z = bias;
            for (var feature : features.values().entrySet()) {
                z += reasonWeights[feature.getKey().ordinal()] * feature.getValue();
            }
            for (var signal : features.signals().entrySet()) {
                int index = ClaimFeatureExtractor.SIGNALS.indexOf(signal.getKey());
                if (index >= 0) {
                    z += signalWeights[index] * signal.getValue();
                }
            }
            if (hashBits > 0) {
                for (int term : features.termsView()) {
                    z += termWeights[LexicalTerms.bucket(term, hashBits)];
                }
            }
            return z;
        }
    }
}
