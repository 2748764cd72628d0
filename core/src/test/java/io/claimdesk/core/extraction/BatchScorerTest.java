package io.claimdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class BatchScorerTest {

    private static final BatchScorer SCORER = new BatchScorer();

    @Test
    void writesIdScoreAndDecisionInInputOrder() {
        List<String> out = SCORER.score(List.of("b7\tUnemployment fell to 3.5 percent in 2019, the lowest in 50 years.",
                "a1\tThank you very much, everybody."), "en");

        assertThat(out).hasSize(2);
        assertThat(out.get(0)).matches("b7\t0\\.\\d{4}\tYes");
        assertThat(out.get(1)).matches("a1\t0\\.\\d{4}\tNo");
    }

    @Test
    void formatUsesFourDecimalsAndAPointWhateverTheLocale() {
        assertThat(BatchScorer.format("x", 0.123456, false)).isEqualTo("x\t0.1235\tNo");
    }

    @Test
    void badLineIsReportedWithItsNumberBeforeAnyOutput() {
        assertThatThrownBy(() -> SCORER.score(List.of("1\tA fine sentence.", "no tab here"), "en"))
                .isInstanceOf(BatchScorer.BadLineException.class).hasMessage("line 2: no tab between id and text");
        assertThatThrownBy(() -> SCORER.score(List.of("1\t  "), null)).hasMessage("line 1: empty text");
    }
}
