package io.claimdesk.core.matching.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.matching.MatchWords;
import io.claimdesk.core.matching.training.MatchingEvaluation.Outcome;
import io.claimdesk.core.matching.training.MatchingEvaluation.Text;

class MatchingEvaluationTest {

    // Post 0's claim matches its own checked claim; post 1's claim matches post 0's (wrong); post 2's matches nothing.
    static final List<Text> QUERIES = List.of(text(0, "Zorvax vaccine killed 312 people in Belgium"),
            text(1, "Zorvax vaccine killed people"), text(2, "The Eiffel Tower is 330 metres tall"));
    static final List<Text> CHECKED = List.of(text(0, "The Zorvax vaccine killed 312 people in Belgium"),
            text(1, "Inflation reached 9 percent in Argentina"), text(2, "Bananas are radioactive"),
            text(-1, "Mars has two moons"));

    @Test
    void precisionIsOverShownMatchesAndRecallOverPosts() {
        MatchingEvaluation evaluation = new MatchingEvaluation(QUERIES, CHECKED, 3);
        Outcome all = evaluation.at(0, 0.01, 0);
        assertThat(all.shown()).isEqualTo(2);
        assertThat(all.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(all.recall()).isCloseTo(1.0 / 3, within(1e-9));

        Outcome strict = evaluation.at(0, 0.99, 0);
        assertThat(strict.shown()).isEqualTo(1);
        assertThat(strict.precision()).isEqualTo(1.0);
    }

    @Test
    void tuningFindsTheThresholdThatDropsTheWrongMatch() {
        MatchingEvaluation evaluation = new MatchingEvaluation(QUERIES, CHECKED, 3);
        assertThat(evaluation.bestF1(List.of(0.0)).precision()).isEqualTo(1.0);
        assertThat(evaluation.lowestThresholdWithPrecision(0, 1.0, 0).shown()).isEqualTo(1);
        // Claims shorter than the minimum are never shown.
        assertThat(evaluation.at(0, 0.01, 20).shown()).isZero();
    }

    private static Text text(int post, String text) {
        return new Text(post, text, MatchWords.of(text), null);
    }
}
