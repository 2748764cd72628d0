package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void theCommandCarriesTheStackSettingsItRanWith() {
        assertThat(BenchmarkReport.withSettings(Map.of("CLAIMDESK_ES_NODES", "3", "CLAIMDESK_INDEX_REPLICAS", "1",
                "HOME", "/root"), "./claimdesk bench search")).isEqualTo(
                        "CLAIMDESK_ES_NODES=3 CLAIMDESK_INDEX_REPLICAS=1 ./claimdesk bench search");
        assertThat(BenchmarkReport.withSettings(Map.of(), "./claimdesk bench workflow"))
                .isEqualTo("./claimdesk bench workflow");
    }
}
