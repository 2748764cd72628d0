package io.claimdesk.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.TestIndices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.GetResponse;

/**
 * Indices made by earlier versions are upgraded at start-up: a concrete index named like the alias moves behind it,
 * and fields added to the mapping reach existing indices. Each test works under an alias of its own, through the
 * same {@link VerdictIndex#ensureAlias} the application runs for {@code claimdesk.index.name}.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class IndexUpgradeTest {

    /** Fields the mapping gained after the first release; an index of that release lacks them. */
    static final List<String> ADDED_FIELDS = List.of("publisher", "tags");

    @Inject
    VerdictIndex index;

    @Inject
    ElasticsearchClient elasticsearch;

    private final List<String> aliases = new ArrayList<>();

    @Test
    void aLegacyIndexNamedLikeTheAliasMovesBehindItWithItsDocumentsAndExternalVersions() throws Exception {
        String alias = alias("legacy");
        String definition = firstReleaseDefinition();
        elasticsearch.indices().create(c -> c.withJson(new StringReader(definition)).index(alias));
        legacyDocument(alias, 1, 3);
        legacyDocument(alias, 2, 5);

        index.ensureAlias(alias);

        List<String> behind = indicesBehind(alias);
        assertThat(behind).hasSize(1);
        String versioned = behind.get(0);
        assertThat(versioned).startsWith(alias + "-v" + VerdictIndex.MAPPING_VERSION + "-");
        // The name is an alias now: the only concrete index it resolves to is the new one.
        assertThat(elasticsearch.indices().get(g -> g.index(alias)).result().keySet()).containsExactly(versioned);
        assertThat(version(alias, 1)).isEqualTo(3);
        assertThat(version(alias, 2)).isEqualTo(5);
        assertThat(document(alias, 2).source()).containsEntry("rating", "FALSE");
        // The versions still order writes: an older revision is refused, a newer one lands.
        assertThatThrownBy(() -> legacyDocument(alias, 2, 4)).satisfies(e -> assertThat(status(e)).isEqualTo(409));
        legacyDocument(alias, 2, 6);
        assertThat(version(alias, 2)).isEqualTo(6);
        // The new index has today's strict mapping, from the template.
        assertThat(properties(versioned)).containsKeys(ADDED_FIELDS.toArray(String[]::new));
        assertThat(elasticsearch.indices().getMapping(g -> g.index(versioned)).get(versioned).mappings().dynamic())
                .isEqualTo(DynamicMapping.Strict);

        // Once moved, start-up finds the alias and leaves it where it is.
        index.ensureAlias(alias);
        assertThat(indicesBehind(alias)).containsExactly(versioned);
    }

    @Test
    void fieldsAddedToTheMappingReachAnIndexCreatedBeforeThem() throws Exception {
        String alias = alias("upgrade");
        String old = alias + "-v" + VerdictIndex.MAPPING_VERSION + "-first";
        String definition = firstReleaseDefinition();
        elasticsearch.indices().create(c -> c.withJson(new StringReader(definition)).index(old)
                .aliases(alias, a -> a));
        PublishedVerdict verdict = ExternalVersionTest.verdict(7, "FALSE");
        assertThat(properties(old)).doesNotContainKeys(ADDED_FIELDS.toArray(String[]::new));
        // What the strict mapping did before the upgrade: today's documents were refused.
        assertThatThrownBy(() -> write(alias, verdict)).satisfies(e -> assertThat(status(e)).isEqualTo(400));

        index.ensureAlias(alias);

        assertThat(indicesBehind(alias)).containsExactly(old);
        Map<String, Property> properties = properties(old);
        assertThat(properties).containsKeys(ADDED_FIELDS.toArray(String[]::new));
        assertThat(properties.get("publisher").isKeyword()).isTrue();
        assertThat(properties.get("tags").isKeyword()).isTrue();
        write(alias, verdict);
        elasticsearch.indices().refresh(r -> r.index(alias));
        long found = elasticsearch.count(c -> c.index(alias)
                .query(q -> q.term(t -> t.field("publisher").value(verdict.publisher())))).count();
        assertThat(found).isEqualTo(1);
    }

    @AfterEach
    void deleteTheTestIndices() throws Exception {
        TestIndices.delete(elasticsearch, aliases);
        aliases.clear();
    }

    private String alias(String purpose) {
        String alias = purpose + "-test-" + UUID.randomUUID().toString().substring(0, 8);
        aliases.add(alias);
        return alias;
    }

    /** Today's settings and mapping without the fields added since the first release. */
    private static String firstReleaseDefinition() throws Exception {
        ObjectNode definition = VerdictIndex.indexDefinition();
        ObjectNode properties = (ObjectNode) definition.get("mappings").get("properties");
        ADDED_FIELDS.forEach(properties::remove);
        return definition.toString();
    }

    private void legacyDocument(String index, long claimId, long version) throws Exception {
        Map<String, Object> document = Map.of("claimId", claimId, "claim", "Ancienne version " + claimId,
                "rating", claimId == 1 ? "TRUE" : "FALSE", "language", "fr", "publishedAt", "2025-01-01T00:00:00Z");
        elasticsearch.index(i -> i.index(index).id(String.valueOf(claimId)).versionType(VersionType.External)
                .version(version).document(document));
    }

    private void write(String index, PublishedVerdict verdict) throws Exception {
        elasticsearch.index(i -> i.index(index).id(String.valueOf(verdict.claimId())).document(verdict));
    }

    /** The HTTP status of a refusal, however the client reports it; -1 when there is none. */
    private static int status(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ElasticsearchException refused) {
                return refused.status();
            }
            if (cause instanceof ResponseException refused) {
                return refused.getResponse().getStatusLine().getStatusCode();
            }
        }
        return -1;
    }

    private List<String> indicesBehind(String alias) throws Exception {
        return List.copyOf(elasticsearch.indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    @SuppressWarnings("rawtypes")
    private GetResponse<Map> document(String index, long id) throws Exception {
        return elasticsearch.get(g -> g.index(index).id(String.valueOf(id)), Map.class);
    }

    private long version(String index, long id) throws Exception {
        return document(index, id).version();
    }

    private Map<String, Property> properties(String concrete) throws Exception {
        return elasticsearch.indices().getMapping(g -> g.index(concrete)).get(concrete).mappings().properties();
    }
}
