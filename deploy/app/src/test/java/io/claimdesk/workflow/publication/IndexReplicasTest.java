package io.claimdesk.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.TestIndices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

/**
 * The configured number of replicas ({@code claimdesk.index.replicas}, 0 on the tests' single node) reaches an index
 * that has another one at start-up, the way an index made for a cluster is brought back to one node, or the other way
 * round; its number of shards stays what it was.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class IndexReplicasTest {

    static final int OTHER_REPLICAS = 2;

    @Inject
    VerdictIndex index;

    @Inject
    VerdictIndexConfig config;

    @Inject
    ElasticsearchClient elasticsearch;

    private final List<String> aliases = new ArrayList<>();

    @Test
    void startUpGivesAnExistingIndexTheConfiguredReplicas() throws Exception {
        String alias = "replicas-test-" + UUID.randomUUID().toString().substring(0, 8);
        aliases.add(alias);
        String existing = alias + "-v" + VerdictIndex.MAPPING_VERSION + "-first";
        String definition = VerdictIndex.indexDefinition(1, OTHER_REPLICAS).toString();
        elasticsearch.indices().create(c -> c.withJson(new StringReader(definition)).index(existing)
                .aliases(alias, a -> a));
        assertThat(settings(existing).numberOfReplicas()).isEqualTo(String.valueOf(OTHER_REPLICAS));

        index.ensureAlias(alias);

        assertThat(settings(existing).numberOfReplicas()).isEqualTo(String.valueOf(config.replicas()));
        assertThat(settings(existing).numberOfShards()).isEqualTo("1");
    }

    @AfterEach
    void deleteTheTestIndices() throws Exception {
        TestIndices.delete(elasticsearch, aliases);
        aliases.clear();
    }

    private IndexSettings settings(String concrete) throws Exception {
        IndexSettings settings = elasticsearch.indices().getSettings(g -> g.index(concrete)).result().get(concrete)
                .settings();
        return settings.index() != null ? settings.index() : settings;
    }
}
