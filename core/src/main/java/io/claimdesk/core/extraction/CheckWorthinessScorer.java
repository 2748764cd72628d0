package io.claimdesk.core.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Weighs {@link ClaimFeatures} with a logistic linear model into a check-worthiness score in [0, 1]; the weights come
 * from {@code check-worthiness-weights.properties} (or the caller), so a trained model can replace them.
 */
public class CheckWorthinessScorer {

    private static final String WEIGHTS = "check-worthiness-weights.properties";

    private final double bias;
    private final Map<Reason, Double> weights;

    /** Uses the bundled hand-set weights. */
    public CheckWorthinessScorer() {
        this(readBundledWeights());
    }

    /** Uses the given weights: key {@code bias} and one key per {@link Reason}, lower case; a missing key weighs 0. */
    public CheckWorthinessScorer(Properties weights) {
        this.bias = Double.parseDouble(weights.getProperty("bias", "0"));
        Map<Reason, Double> byReason = new EnumMap<>(Reason.class);
        for (Reason reason : Reason.values()) {
            byReason.put(reason, 0.0);
        }
        for (String key : weights.stringPropertyNames()) {
            if (key.equals("bias")) {
                continue;
            }
            try {
                Reason reason = Reason.valueOf(key.toUpperCase(Locale.ROOT));
                byReason.put(reason, Double.parseDouble(weights.getProperty(key)));
            } catch (IllegalArgumentException e) {
                // A misspelt key would silently weigh nothing.
                throw new IllegalArgumentException("unknown feature or bad weight: " + key, e);
            }
        }
        this.weights = Collections.unmodifiableMap(byReason);
    }

    /** The probability-like score of the features, in [0, 1]. */
    public double score(ClaimFeatures features) {
        double z = bias;
        for (Map.Entry<Reason, Double> feature : features.values().entrySet()) {
            z += weights.get(feature.getKey()) * feature.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double weight(Reason reason) {
        return weights.get(reason);
    }

    private static Properties readBundledWeights() {
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
}
