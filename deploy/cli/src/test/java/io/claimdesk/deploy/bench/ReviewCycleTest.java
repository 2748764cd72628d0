package io.claimdesk.deploy.bench;

import static io.claimdesk.deploy.bench.ReviewCycle.APPROVE;
import static io.claimdesk.deploy.bench.ReviewCycle.ASSIGN;
import static io.claimdesk.deploy.bench.ReviewCycle.REJECT;
import static io.claimdesk.deploy.bench.ReviewCycle.VERDICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Each benchmarked claim is assigned, rejected three times, and approved after its fourth verdict. */
class ReviewCycleTest {

    @Test
    void cycleAssignsRejectsThreeVerdictsAndApprovesTheFourth() {
        assertThat(IntStream.range(0, ReviewCycle.LENGTH).mapToObj(ReviewCycle::at))
                .containsExactly(ASSIGN, VERDICT, REJECT, VERDICT, REJECT, VERDICT, REJECT, VERDICT, APPROVE);
    }

    @Test
    void positionsOutsideTheCycleAreRefused() {
        assertThatThrownBy(() -> ReviewCycle.at(ReviewCycle.LENGTH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathsAreTheApiActions() {
        assertThat(VERDICT.path()).isEqualTo("verdict");
        assertThat(APPROVE.path()).isEqualTo("approve");
    }
}
