package io.claimdesk.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.matching.MatchThresholds.MatchLevel;

class MatchThresholdsTest {

    static final MatchThresholds THRESHOLDS = new MatchThresholds(0.5, 0.8, 5);

    @Test
    void scoresFallBelowSuggestedOrLinked() {
        assertThat(THRESHOLDS.level(0.49, 8)).isEqualTo(MatchLevel.NONE);
        assertThat(THRESHOLDS.level(0.5, 8)).isEqualTo(MatchLevel.SUGGEST);
        assertThat(THRESHOLDS.level(0.8, 8)).isEqualTo(MatchLevel.LINK);
    }

    @Test
    void shortClaimsAreOnlySuggested() {
        assertThat(THRESHOLDS.level(0.95, 4)).isEqualTo(MatchLevel.SUGGEST);
        assertThat(THRESHOLDS.level(0.95, 5)).isEqualTo(MatchLevel.LINK);
    }

    @Test
    void aLinkThresholdBelowTheSuggestOneIsRefused() {
        assertThatThrownBy(() -> new MatchThresholds(0.8, 0.5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchThresholds(0, 0.5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
