package io.claimdesk.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClaimSimilarityTest {

    static final Set<String> CLAIM = Set.of("vaccin", "zorvax", "312", "deces", "belgique");

    @Test
    void theSameWordsScoreOneAndNoSharedWordScoresZero() {
        assertThat(ClaimSimilarity.lexical(CLAIM, CLAIM)).isEqualTo(1.0);
        assertThat(ClaimSimilarity.lexical(CLAIM, Set.of("tour", "eiffel"))).isZero();
        assertThat(ClaimSimilarity.lexical(CLAIM, Set.of())).isZero();
    }

    @Test
    void aShortClaimInsideALongOneScoresHighButBelowTheSameClaim() {
        double inside = ClaimSimilarity.lexical(Set.of("zorvax", "deces"), CLAIM);
        // containment 1, Dice 4/7
        assertThat(inside).isCloseTo((1 + 4.0 / 7) / 2, within(1e-9)).isLessThan(1.0);
    }

    @Test
    void theWeightMixesSemanticAndLexicalScores() {
        float[] a = {1, 0};
        float[] b = {0.6f, 0.8f};
        ClaimSimilarity.MatchScore score = new ClaimSimilarity(0.25).score(CLAIM, a, Set.of("zorvax"), b);
        assertThat(score.semantic()).isCloseTo(0.6, within(1e-6));
        assertThat(score.combined()).isCloseTo(0.25 * 0.6 + 0.75 * score.lexical(), within(1e-6));
    }

    @Test
    void withoutVectorsTheLexicalScoreDecidesAlone() {
        ClaimSimilarity.MatchScore score = new ClaimSimilarity(0.4).score(CLAIM, null, CLAIM, null);
        assertThat(score.semantic()).isNaN();
        assertThat(score.combined()).isEqualTo(1.0);
    }

    @Test
    void aWeightOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new ClaimSimilarity(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
