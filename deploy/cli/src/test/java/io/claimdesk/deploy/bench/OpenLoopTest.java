package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Requests are due at fixed intervals from the start, however the earlier ones went. */
class OpenLoopTest {

    private static final long START = 1_000_000L;

    @Test
    void thousandPerSecondIsOneRequestEveryMillisecond() {
        assertThat(OpenLoop.dueAt(START, 0, 1000)).isEqualTo(START);
        assertThat(OpenLoop.dueAt(START, 1, 1000)).isEqualTo(START + 1_000_000);
        assertThat(OpenLoop.dueAt(START, 1000, 1000)).isEqualTo(START + 1_000_000_000);
    }

    @Test
    void dueTimesDoNotDriftWhenTheIntervalIsNotWholeNanoseconds() {
        // 1/300 s is 3,333,333.3 ns: rounding each due time, not accumulating intervals, keeps 300 at 1 s.
        assertThat(OpenLoop.dueAt(START, 300, 300)).isEqualTo(START + 1_000_000_000);
        assertThat(OpenLoop.dueAt(START, 1, 300)).isEqualTo(START + 3_333_333);
        assertThat(OpenLoop.dueAt(START, 2, 300)).isEqualTo(START + 6_666_667);
    }

    @Test
    void aPhaseSendsRateTimesLengthRequests() {
        assertThat(OpenLoop.count(1000, Duration.ofSeconds(20))).isEqualTo(20_000);
        assertThat(OpenLoop.count(300, Duration.ofMillis(1500))).isEqualTo(450);
        assertThat(OpenLoop.count(0.5, Duration.ofSeconds(3))).isEqualTo(1);
    }

    @Test
    void aTargetKeepsUpWhenAllIsAnsweredWithoutErrorsNearTheRate() {
        assertThat(result(100, 1_000, Map.of(), 0).sustained()).isTrue();
        assertThat(result(100, 900, Map.of(), 0).sustained()).isFalse();
        assertThat(result(100, 1_000, Map.of("HTTP 503", 1L), 0).sustained()).isFalse();
        assertThat(result(100, 1_000, Map.of(), 1).sustained()).isFalse();
    }

    // answered successes over 10 s at the given rate
    private static OpenLoop.Result result(double rate, int answered, Map<String, Long> failures, long unsent) {
        LatencyRecorder latencies = new LatencyRecorder();
        for (int i = 0; i < answered; i++) {
            latencies.record(1_000_000);
        }
        return new OpenLoop.Result(rate, new LoadResult(1, 10_000_000_000L, latencies, Map.of(), failures, 0),
                unsent);
    }
}
