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

    @Test
    void trainedWeightsRankFactualSentencesAboveAgendaAndOpinion() {
        ClaimFeatureExtractor features = new ClaimFeatureExtractor();
        CheckWorthinessScorer scorer = new CheckWorthinessScorer();
        double englishFact = scorer.score(features.features(
                "Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years, the Labor Department said.",
                false, "en"));
        double englishOpinion = scorer.score(features.features("I think we should talk about that next week.",
                false, "en"));
        double frenchFact = scorer.score(features.features(
                "Selon l'Insee, le chômage a baissé à 7,1 % en 2023, son plus bas niveau depuis 2008.", false, "fr"));
        double frenchAgenda = scorer.score(features.features(
                "Je pense que les deux parties devront discuter de la question.", false, "fr"));

        assertThat(englishFact).isGreaterThan(englishOpinion);
        assertThat(scorer.isCheckWorthy(englishFact)).isTrue();
        assertThat(scorer.isCheckWorthy(englishOpinion)).isFalse();
        assertThat(frenchFact).isGreaterThan(frenchAgenda);
        assertThat(scorer.isCheckWorthy(frenchFact)).isTrue();
        assertThat(scorer.isCheckWorthy(frenchAgenda)).isFalse();
        assertThat(scorer.threshold()).isBetween(0.05, 0.95);
    }

    @Test
    void lexicalModelWeighsHashedTermsOnlyForLexicalFeatures() {
        Properties weights = new Properties();
        weights.setProperty("threshold", "0.5");
        weights.setProperty("en.hash_bits", "4");
        int term = LexicalTerms.hash(java.util.List.of("tax"))[0];
        weights.setProperty("en.term." + LexicalTerms.bucket(term, 4), "3");
        CheckWorthinessScorer scorer = new CheckWorthinessScorer(weights);

        assertThat(scorer.score(new ClaimFeatures(Map.of(), Map.of(), new int[]{term}, true)))
                .isCloseTo(1 / (1 + Math.exp(-3)), within(1e-6));
        assertThat(scorer.score(new ClaimFeatures(Map.of(), Map.of(), new int[]{term}, false))).isEqualTo(0.5);
    }
}
