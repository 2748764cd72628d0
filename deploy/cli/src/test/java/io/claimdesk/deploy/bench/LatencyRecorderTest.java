package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Percentiles are nearest-rank over every recorded sample, across merged recorders. */
class LatencyRecorderTest {

    @Test
    void percentilesOfOneToHundredAreTheirRank() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (long nanos = 100; nanos >= 1; nanos--) {
            recorder.record(nanos);
        }
        assertThat(recorder.percentile(50)).isEqualTo(50);
        assertThat(recorder.percentile(99)).isEqualTo(99);
        assertThat(recorder.percentile(100)).isEqualTo(100);
        assertThat(recorder.percentile(0.1)).isEqualTo(1);
        assertThat(recorder.millis(100)).isEqualTo(0.0001);
    }

    @Test
    void ninetyNinthPercentileOfFewSamplesIsTheirMaximum() {
        LatencyRecorder recorder = new LatencyRecorder();
        List.of(5L, 1L, 3L).forEach(recorder::record);
        assertThat(recorder.percentile(50)).isEqualTo(3);
        assertThat(recorder.percentile(99)).isEqualTo(5);
    }

    @Test
    void mergeKeepsEverySampleOfEveryRecorderBeyondTheInitialCapacity() {
        LatencyRecorder slow = new LatencyRecorder();
        LatencyRecorder fast = new LatencyRecorder();
        for (int i = 0; i < 3000; i++) {
            fast.record(1);
        }
        for (int i = 0; i < 1000; i++) {
            slow.record(1000);
        }
        LatencyRecorder merged = LatencyRecorder.merge(List.of(fast, slow, new LatencyRecorder()));
        assertThat(merged.count()).isEqualTo(4000);
        assertThat(merged.percentile(75)).isEqualTo(1);
        assertThat(merged.percentile(75.1)).isEqualTo(1000);
    }

    @Test
    void noSamplesGiveZeroAndOutOfRangePercentilesAreRefused() {
        assertThat(LatencyRecorder.merge(List.of()).percentile(99)).isZero();
        assertThatThrownBy(() -> new LatencyRecorder().percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
