package io.claimdesk.core.extraction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The feature values of one sentence: {@code values} keyed by the reason each stands for (reported with the score),
 * {@code signals} that the model weighs but that explain nothing on their own (length, first person, modal verbs...),
 * and the hashed word uni- and bigrams ({@code terms}) when {@code lexical}, i.e. the sentence's language has a lexical
 * model. Absent means 0.
 */
public record ClaimFeatures(Map<Reason, Double> values, Map<String, Double> signals, int[] terms, boolean lexical) {

    private static final int[] NO_TERMS = new int[0];

    public ClaimFeatures {
        EnumMap<Reason, Double> copy = new EnumMap<>(Reason.class);
        values.forEach((reason, value) -> {
            if (value != 0) {
                copy.put(reason, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
        Map<String, Double> signalCopy = new TreeMap<>();
        signals.forEach((name, value) -> {
            if (value != 0) {
                signalCopy.put(name, value);
            }
        });
        signals = Collections.unmodifiableMap(signalCopy);
        terms = terms == null ? NO_TERMS : terms.clone();
    }

    /** Reasons only: no signals, no lexical terms. */
    public ClaimFeatures(Map<Reason, Double> values) {
        this(values, Map.of(), NO_TERMS, false);
    }

    public double value(Reason reason) {
        return values.getOrDefault(reason, 0.0);
    }

    public double signal(String name) {
        return signals.getOrDefault(name, 0.0);
    }

    @Override
    public int[] terms() {
        return terms.clone();
    }

    /** The hashed terms without a copy, for the scorer's inner loop. */
    int[] termsView() {
        return terms;
    }

    /** The features present, in the enum's order: the reasons reported with a score. */
    public List<Reason> present() {
        return List.copyOf(values.keySet());
    }
}
