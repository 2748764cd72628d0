package io.claimdesk.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every Kubernetes document of each overlay, rendered from the kustomize tree that {@code package} builds (with the
 * manifest Quarkus generated), satisfies its schema; and the overlays size the servers as documented.
 */
class KubernetesManifestsIT {

    private static final Path KUSTOMIZE = Path.of("target/kubernetes/kustomize");
    private static final Path DEV_REALM = Path.of("../stack/src/main/resources/realm/claimdesk-realm.json");

    private static ManifestSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = new ManifestSchemas(Path.of("target/kubernetes-schemas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-newsroom", "large-newsroom"})
    void everyDocumentOfTheOverlayMatchesItsSchema(String overlay) {
        List<ObjectNode> documents = render(overlay);

        List<String> violations = new ArrayList<>();
        documents.forEach(document -> violations.addAll(schemas.violations(document)));

        assertThat(violations).isEmpty();
        assertThat(documents).extracting(Kustomization::identity).contains("apps/v1 Deployment claimdesk",
                "v1 Service claimdesk", "v1 ConfigMap claimdesk-config",
                "autoscaling/v2 HorizontalPodAutoscaler claimdesk",
                "elasticsearch.k8s.elastic.co/v1 Elasticsearch claimdesk",
                "postgresql.cnpg.io/v1 Cluster claimdesk-db", "postgresql.cnpg.io/v1 Cluster keycloak-db",
                "k8s.keycloak.org/v2alpha1 Keycloak claimdesk-keycloak",
                "k8s.keycloak.org/v2alpha1 KeycloakRealmImport claimdesk-realm");
        assertThat(documents).allSatisfy(document -> assertThat(document.at("/metadata/namespace").asText())
                .isEqualTo("claimdesk"));
    }

    @Test
    void theAppIsProbedOnItsHealthEndpoints() {
        JsonNode container = find(render("small-newsroom"), "apps/v1 Deployment claimdesk")
                .at("/spec/template/spec/containers/0");

        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo("claimdesk-config");
    }

    @Test
    void aSmallNewsroomRunsOneOfEachServerAndALargeOneThree() {
        List<ObjectNode> small = render("small-newsroom");
        List<ObjectNode> large = render("large-newsroom");

        assertThat(nodes(small)).isEqualTo(1);
        assertThat(nodes(large)).isEqualTo(3);
        assertThat(find(small, "postgresql.cnpg.io/v1 Cluster claimdesk-db").at("/spec/instances").asInt())
                .isEqualTo(1);
        assertThat(find(large, "postgresql.cnpg.io/v1 Cluster claimdesk-db").at("/spec/instances").asInt())
                .isEqualTo(3);
        assertThat(find(large, "k8s.keycloak.org/v2alpha1 Keycloak claimdesk-keycloak").at("/spec/instances")
                .asInt()).isEqualTo(2);
        assertThat(autoscaling(small)).containsExactly(1, 2);
        assertThat(autoscaling(large)).containsExactly(3, 10);
        assertThat(find(small, "v1 ConfigMap claimdesk-config").at("/data/CLAIMDESK_INDEX_REPLICAS").isMissingNode())
                .isTrue();
        assertThat(find(large, "v1 ConfigMap claimdesk-config").at("/data/CLAIMDESK_INDEX_REPLICAS").asText())
                .isEqualTo("1");
        // The patch added to the base's settings instead of replacing them.
        assertThat(find(large, "v1 ConfigMap claimdesk-config").at("/data/QUARKUS_ELASTICSEARCH_HOSTS").asText())
                .isEqualTo("claimdesk-es-http.claimdesk.svc:9200");
        // The container patch merged into Quarkus's container instead of replacing it.
        JsonNode container = find(large, "apps/v1 Deployment claimdesk").at("/spec/template/spec/containers/0");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("4Gi");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    }

    @Test
    void theProductionRealmHasTheDevRealmsRolesAndClientsButNoPasswords() throws IOException {
        JsonNode dev = new ObjectMapper().readTree(DEV_REALM.toFile());
        JsonNode production = find(render("large-newsroom"),
                "k8s.keycloak.org/v2alpha1 KeycloakRealmImport claimdesk-realm").at("/spec/realm");

        assertThat(production.get("roles")).isEqualTo(dev.get("roles"));
        assertThat(production.findValuesAsText("clientId"))
                .isEqualTo(
                        dev.findValuesAsText("clientId").stream().filter(id -> !id.equals("claimdesk-cli")).toList());
        assertThat(production.findValues("credentials")).isEmpty();
        assertThat(production.findValuesAsText("secret")).allSatisfy(secret -> assertThat(secret).startsWith("${"));
    }

    @Test
    void theProductionRealmSlowsPasswordGuessingAndHasNoPasswordGrantClient() throws IOException {
        JsonNode dev = new ObjectMapper().readTree(DEV_REALM.toFile());
        JsonNode production = find(render("large-newsroom"),
                "k8s.keycloak.org/v2alpha1 KeycloakRealmImport claimdesk-realm").at("/spec/realm");

        assertThat(production.at("/bruteForceProtected").asBoolean()).isTrue();
        assertThat(production.at("/failureFactor").asInt()).isBetween(1, 10);
        assertThat(production.at("/passwordPolicy").asText()).contains("length(12)").contains("notUsername");
        for (String protection : List.of("passwordPolicy", "bruteForceProtected", "permanentLockout", "failureFactor",
                "waitIncrementSeconds", "maxFailureWaitSeconds", "quickLoginCheckMilliSeconds",
                "minimumQuickLoginWaitSeconds", "maxDeltaTimeSeconds")) {
            assertThat(production.get(protection)).as(protection).isEqualTo(dev.get(protection));
        }
        for (JsonNode client : production.get("clients")) {
            assertThat(client.path("publicClient").asBoolean() && client.path("directAccessGrantsEnabled").asBoolean())
                    .as(client.get("clientId").asText() + " is a public client with the password grant").isFalse();
        }
    }

    @Test
    void theAppConnectsToElasticsearchAsItsOwnUserWithItsIndicesOnlyNotAsTheSuperuser() {
        List<ObjectNode> documents = render("large-newsroom");
        JsonNode env = find(documents, "apps/v1 Deployment claimdesk").at("/spec/template/spec/containers/0/env");
        for (String variable : List.of("QUARKUS_ELASTICSEARCH_USERNAME", "QUARKUS_ELASTICSEARCH_PASSWORD")) {
            JsonNode entry = null;
            for (JsonNode candidate : env) {
                if (candidate.path("name").asText().equals(variable)) {
                    entry = candidate;
                }
            }
            assertThat(entry).as(variable).isNotNull();
            assertThat(entry.at("/valueFrom/secretKeyRef/name").asText()).as(variable)
                    .isEqualTo("claimdesk-es-app-user");
        }
        assertThat(find(documents, "v1 ConfigMap claimdesk-config").path("data").has("QUARKUS_ELASTICSEARCH_USERNAME"))
                .isFalse();
        JsonNode auth = find(documents, "elasticsearch.k8s.elastic.co/v1 Elasticsearch claimdesk").at("/spec/auth");
        assertThat(auth.at("/fileRealm/0/secretName").asText()).isEqualTo("claimdesk-es-app-user");
        assertThat(auth.at("/roles/0/secretName").asText()).isEqualTo("claimdesk-es-app-role");
        assertThat(find(documents, "v1 Secret claimdesk-es-app-role").at("/stringData/roles.yml").asText())
                .contains("claimdesk_app:").contains("names: [\"claimdesk-verdicts*\"]");
    }

    /**
     * ECK's self-signed HTTP certificate stays on, and the app speaks HTTPS to the name that certificate carries
     * ({@code claimdesk-es-http.<namespace>.svc}), trusting the CA that ECK publishes in the Secret
     * {@code claimdesk-es-http-certs-public}, mounted into the pod where the app's CA file setting points.
     */
    @ParameterizedTest
    @ValueSource(strings = {"small-newsroom", "large-newsroom"})
    void theAppSpeaksHttpsToElasticsearchTrustingEcksCa(String overlay) {
        List<ObjectNode> documents = render(overlay);
        JsonNode elasticsearch = find(documents, "elasticsearch.k8s.elastic.co/v1 Elasticsearch claimdesk");
        JsonNode config = find(documents, "v1 ConfigMap claimdesk-config").path("data");
        JsonNode pod = find(documents, "apps/v1 Deployment claimdesk").at("/spec/template/spec");

        assertThat(elasticsearch.at("/spec/http/tls/selfSignedCertificate/disabled").asBoolean())
                .as("ECK's self-signed HTTP certificate disabled").isFalse();
        assertThat(config.path("QUARKUS_ELASTICSEARCH_PROTOCOL").asText()).isEqualTo("https");
        assertThat(config.path("QUARKUS_ELASTICSEARCH_HOSTS").asText())
                .isEqualTo("claimdesk-es-http." + elasticsearch.at("/metadata/namespace").asText() + ".svc:9200");
        String volume = null;
        for (JsonNode candidate : pod.path("volumes")) {
            if (candidate.at("/secret/secretName").asText().equals("claimdesk-es-http-certs-public")) {
                volume = candidate.path("name").asText();
                // The app runs as uid 185, not as the files' owner (root).
                assertThat(candidate.at("/secret/defaultMode").asInt() & 04).as("files readable by others").isNotZero();
            }
        }
        assertThat(volume).as("a volume of the Secret claimdesk-es-http-certs-public").isNotNull();
        String mountPath = null;
        for (JsonNode mount : pod.at("/containers/0/volumeMounts")) {
            if (mount.path("name").asText().equals(volume)) {
                mountPath = mount.path("mountPath").asText();
                assertThat(mount.path("readOnly").asBoolean()).as("mounted read-only").isTrue();
            }
        }
        assertThat(mountPath).as("the app container's mount of " + volume).isNotNull();
        assertThat(config.path("CLAIMDESK_ELASTICSEARCH_CA_FILE").asText()).isEqualTo(mountPath + "/ca.crt");
    }

    @Test
    void aWrongFieldTypeIsRejected() {
        ObjectNode deployment = find(render("small-newsroom"), "apps/v1 Deployment claimdesk");
        ((ObjectNode) deployment.get("spec")).put("replicas", "two");

        assertThat(schemas.violations(deployment)).singleElement().asString().contains("spec.replicas");
    }

    @Test
    void aMisspeltFieldIsRejectedInKubernetesAndOperatorKinds() {
        List<ObjectNode> documents = render("small-newsroom");
        ObjectNode autoscaler = find(documents, "autoscaling/v2 HorizontalPodAutoscaler claimdesk");
        ((ObjectNode) autoscaler.get("spec")).put("maxReplica", 3);
        ObjectNode elasticsearch = find(documents, "elasticsearch.k8s.elastic.co/v1 Elasticsearch claimdesk");
        ((ObjectNode) elasticsearch.at("/spec/nodeSets/0")).put("cont", 3);

        assertThat(schemas.violations(autoscaler)).singleElement().asString().contains("maxReplica");
        assertThat(schemas.violations(elasticsearch)).singleElement().asString().contains("cont");
    }

    @Test
    void aKindWithoutASchemaIsRejected() {
        ObjectNode unknown = new ObjectMapper().createObjectNode().put("apiVersion", "example.org/v1")
                .put("kind", "Newsroom");

        assertThat(schemas.violations(unknown)).singleElement().asString().contains("no schema");
    }

    private static List<ObjectNode> render(String overlay) {
        return Kustomization.render(KUSTOMIZE.resolve("overlays").resolve(overlay));
    }

    private static ObjectNode find(List<ObjectNode> documents, String identity) {
        return documents.stream().filter(document -> Kustomization.identity(document).equals(identity)).findFirst()
                .orElseThrow(() -> new AssertionError("missing " + identity));
    }

    private static int nodes(List<ObjectNode> documents) {
        return find(documents, "elasticsearch.k8s.elastic.co/v1 Elasticsearch claimdesk").at("/spec/nodeSets/0/count")
                .asInt();
    }

    private static List<Integer> autoscaling(List<ObjectNode> documents) {
        JsonNode spec = find(documents, "autoscaling/v2 HorizontalPodAutoscaler claimdesk").get("spec");
        return List.of(spec.get("minReplicas").asInt(), spec.get("maxReplicas").asInt());
    }
}
