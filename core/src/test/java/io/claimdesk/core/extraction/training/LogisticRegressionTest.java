package io.claimdesk.core.extraction.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static final LogisticRegression.Settings SETTINGS = new LogisticRegression.Settings(1e-4, 30, 0.5, 7);

    /** Feature 0 marks positives, feature 1 negatives, feature 2 is noise present in both. */
    private static List<LogisticRegression.Example> separableToySet() {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new LogisticRegression.Example(new int[]{0, 2}, new double[]{1, i % 2}, true));
            examples.add(new LogisticRegression.Example(new int[]{1, 2}, new double[]{1, i % 2}, false));
        }
        return examples;
    }

    @Test
    void learnsASeparableToySet() {
        List<LogisticRegression.Example> examples = separableToySet();
        LogisticRegression.Weights weights = LogisticRegression.fit(examples, 3, SETTINGS);

        for (LogisticRegression.Example example : examples) {
            assertThat(weights.probability(example) >= 0.5).isEqualTo(example.positive());
        }
        assertThat(weights.weights()[0]).isPositive();
        assertThat(weights.weights()[1]).isNegative();
        assertThat(Math.abs(weights.weights()[2])).isLessThan(weights.weights()[0]);
    }

    @Test
    void sameSeedSameWeights() {
        LogisticRegression.Weights a = LogisticRegression.fit(separableToySet(), 3, SETTINGS);
        LogisticRegression.Weights b = LogisticRegression.fit(separableToySet(), 3, SETTINGS);
        assertThat(a.weights()).containsExactly(b.weights());
        assertThat(a.bias()).isEqualTo(b.bias());
    }
}
