package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class CheckWorthinessScorerTest {

    @Test
    void scoreIsTheLogisticOfTheWeightedSum() {
        Properties weights = new Properties();
        weights.setProperty("bias", "-1");
        weights.setProperty("number", "2");
        weights.setProperty("named_entity", "0.5");
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(weights);

        double score = scorer.score(new ClaimFeatures(Map.of(Reason.NUMBER, 1.0, Reason.NAMED_ENTITY, 2.0)));

        // -1 + 2 * 1 + 0.5 * 2 = 2
        assertThat(score).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
        assertThat(scorer.score(new ClaimFeatures(Map.of()))).isCloseTo(1 / (1 + Math.exp(1)), within(1e-12));
    }

    @Test
    void misspeltFeatureIsRejected() {
        Properties weights = new Properties();
        weights.setProperty("nubmer", "1");
        assertThatThrownBy(() -> new CheckWorthinessScorer(weights)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nubmer");
    }

    @Test
    void bundledWeightsRaiseCheckableFeaturesAndLowerTheOthers() {
        CheckWorthinessScorer scorer = new CheckWorthinessScorer();
        for (Reason up : new Reason[]{Reason.NUMBER, Reason.DATE, Reason.NAMED_ENTITY, Reason.ATTRIBUTION,
                Reason.COMPARISON, Reason.CAUSAL, Reason.EVENT}) {
            assertThat(scorer.weight(up)).as(up.name()).isPositive();
        }
        for (Reason down : new Reason[]{Reason.QUESTION, Reason.AGENDA, Reason.OPINION, Reason.SHORT_FRAGMENT,
                Reason.HEADING}) {
            assertThat(scorer.weight(down)).as(down.name()).isNegative();
        }
    }
}
