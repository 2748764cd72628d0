package io.claimdesk.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The index definition every new verdict index gets from the template: the mapping file with the configured spread. */
class VerdictIndexDefinitionTest {

    @Test
    void theDefaultsKeepOneShardWithoutReplicasAsOnASingleNode() throws Exception {
        JsonNode settings = VerdictIndex.indexDefinition(1, 0).get("settings");

        assertThat(settings.get("number_of_shards").asInt()).isEqualTo(1);
        assertThat(settings.get("number_of_replicas").asInt()).isEqualTo(0);
        assertThat(VerdictIndex.indexDefinition(1, 0)).isEqualTo(VerdictIndex.indexDefinition());
    }

    @Test
    void aClusterGetsTheConfiguredShardsAndReplicasWithTheSameMapping() throws Exception {
        JsonNode definition = VerdictIndex.indexDefinition(3, 2);

        assertThat(definition.get("settings").get("number_of_shards").asInt()).isEqualTo(3);
        assertThat(definition.get("settings").get("number_of_replicas").asInt()).isEqualTo(2);
        assertThat(definition.get("mappings")).isEqualTo(VerdictIndex.indexDefinition().get("mappings"));
    }

    @Test
    void noShardsOrNegativeReplicasAreRefusedBeforeElasticsearchSeesThem() {
        assertThatThrownBy(() -> VerdictIndex.indexDefinition(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerdictIndex.indexDefinition(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
