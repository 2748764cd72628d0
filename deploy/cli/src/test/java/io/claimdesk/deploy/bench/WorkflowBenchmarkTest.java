package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WorkflowBenchmarkTest {

    @Test
    void oneInstanceUnlessToldOtherwise() {
        assertThat(WorkflowBenchmark.instances(new String[0])).isEqualTo(1);
        assertThat(WorkflowBenchmark.instances(new String[]{"--instances", "2"})).isEqualTo(2);
    }

    @Test
    void refusesAnInstanceCountItCannotRun() {
        assertThatThrownBy(() -> WorkflowBenchmark.instances(new String[]{"--instances", "0"}))
                .hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> WorkflowBenchmark.instances(new String[]{"--instances", "5"}))
                .hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> WorkflowBenchmark.instances(new String[]{"--instances", "two"}))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> WorkflowBenchmark.instances(new String[]{"--instances"}))
                .hasMessageContaining("Unknown arguments");
        assertThatThrownBy(() -> WorkflowBenchmark.instances(new String[]{"--clients", "2"}))
                .hasMessageContaining("Unknown arguments");
    }

    @Test
    void dealsTheClaimsToTheClientsInTurn() {
        assertThat(WorkflowBenchmark.split(List.of(1L, 2L, 3L, 4L, 5L), 2))
                .containsExactly(List.of(1L, 3L, 5L), List.of(2L, 4L));
    }
}
