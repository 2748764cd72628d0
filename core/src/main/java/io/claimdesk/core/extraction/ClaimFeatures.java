package io.claimdesk.core.extraction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The named feature values of one sentence, keyed by the reason each feature stands for; absent means 0. */
public record ClaimFeatures(Map<Reason, Double> values) {

    public ClaimFeatures {
        EnumMap<Reason, Double> copy = new EnumMap<>(Reason.class);
        values.forEach((reason, value) -> {
            if (value != 0) {
                copy.put(reason, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public double value(Reason reason) {
        return values.getOrDefault(reason, 0.0);
    }

    /** The features present, in the enum's order: the reasons reported with a score. */
    public List<Reason> present() {
        return List.copyOf(values.keySet());
    }
}
