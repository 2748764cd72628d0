package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CPU shares come from /proc tick counters: the machine's busy time minus this process tree's is the others'. */
class CpuUsageTest {

    @Test
    void machineBusyTicksLeaveOutIdleAndIowait() {
        assertThat(CpuUsage.machineTicks("cpu  100 5 50 800 20 3 2 1 40 0"))
                .containsExactly(161, 981);
    }

    @Test
    void processTicksAreUserPlusSystemEvenWithSpacesInTheName() {
        String stat = "4242 (C2 Compiler) S 1 4242 4242 0 -1 4194560 300 0 0 0 1234 56 0 0 20 0 30 0 100 0 0";
        assertThat(CpuUsage.processTicks(stat)).isEqualTo(1290);
    }

    @Test
    void sharesAreCoresWorthOfTheElapsedTime() {
        // 2 cores for 10 s at 100 ticks/s: 2000 ticks; the machine was busy 1800, this tree 1200.
        CpuUsage.Share share = CpuUsage.between(new CpuUsage.Snapshot(0, 0, 0),
                new CpuUsage.Snapshot(1800, 2000, 1200), 2);
        assertThat(share.tree()).isCloseTo(1.2, within(1e-9));
        assertThat(share.others()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void theLoadAverageReadsAsThreeFigures() {
        assertThat(CpuUsage.loadAverage()).matches("\\d+\\.\\d+ / \\d+\\.\\d+ / \\d+\\.\\d+");
    }
}
