package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The direct search carries what the application's public search sends for a text. */
class DirectElasticsearchTest {

    @Test
    void searchBodyMatchesOriginalAndFoldedWordsWithHighlightsFacetsAndExactTotal() throws Exception {
        JsonNode body = new ObjectMapper().readTree(DirectElasticsearch.searchBody(" l'Égypte "));
        JsonNode inner = body.at("/query/bool/must/0/bool");
        assertThat(inner.at("/should/0/multi_match/query").asText()).isEqualTo("l'Égypte");
        assertThat(inner.at("/should/0/multi_match/fields/0").asText()).isEqualTo("claim^3");
        assertThat(inner.at("/should/1/multi_match/query").asText()).isEqualTo("egypte");
        assertThat(inner.at("/should/1/multi_match/fields/0").asText()).isEqualTo("claimFolded^2");
        assertThat(inner.path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(body.path("size").asInt()).isEqualTo(DirectElasticsearch.PAGE_SIZE);
        assertThat(body.path("track_total_hits").asBoolean()).isTrue();
        assertThat(body.at("/highlight/fields").has("explanationFolded")).isTrue();
        assertThat(body.at("/aggregations/rating/terms/field").asText()).isEqualTo("rating");
        assertThat(body.at("/aggregations/language/terms/size").asInt()).isEqualTo(50);
        assertThat(body.at("/aggregations/tags/terms/field").asText()).isEqualTo("tags");
        assertThat(body.at("/_source/excludes/0").asText()).isEqualTo("claimVector");
    }

    @Test
    void layoutSaysNodesShardsAndReplicas() {
        assertThat(DirectElasticsearch.layout(1, 1, 0)).isEqualTo("1 node, the index in 1 shard with 0 replicas each");
        assertThat(DirectElasticsearch.layout(3, 2, 1)).isEqualTo("3 nodes, the index in 2 shards with 1 replica each");
    }
}
