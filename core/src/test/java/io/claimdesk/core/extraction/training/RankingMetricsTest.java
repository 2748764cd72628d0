package io.claimdesk.core.extraction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void precisionRecallAndF1OfThePositiveClass() {
        // tp = 2 (0, 1), fp = 1 (2), fn = 1 (3), tn = 1 (4)
        RankingMetrics.Confusion c = RankingMetrics.Confusion.of(List.of(true, true, true, false, false),
                List.of(true, true, false, true, false));

        assertThat(c).isEqualTo(new RankingMetrics.Confusion(2, 1, 1, 1));
        assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void nothingPredictedGivesZeroNotNaN() {
        RankingMetrics.Confusion c = RankingMetrics.Confusion.of(List.of(false, false), List.of(true, false));
        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isZero();
        assertThat(c.f1()).isZero();
    }

    @Test
    void averagePrecisionAveragesThePrecisionAtEachRelevantRank() {
        // relevant at ranks 1, 3, 6: (1/1 + 2/3 + 3/6) / 3 = 0.7222...
        assertThat(RankingMetrics.averagePrecision(List.of(true, false, true, false, false, true)))
                .isCloseTo((1 + 2.0 / 3 + 0.5) / 3, within(1e-12));
        assertThat(RankingMetrics.averagePrecision(List.of(false, false))).isZero();
        assertThat(RankingMetrics.averagePrecision(List.of(true, true))).isEqualTo(1.0);
    }

    @Test
    void meanAveragePrecisionIsTheMeanOverRankings() {
        // AP 1/2 (relevant at rank 2) and AP 1 (relevant at rank 1)
        assertThat(RankingMetrics.meanAveragePrecision(List.of(List.of(false, true), List.of(true, false))))
                .isCloseTo(0.75, within(1e-12));
    }
}
