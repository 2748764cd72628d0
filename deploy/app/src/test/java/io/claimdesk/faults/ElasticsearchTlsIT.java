package io.claimdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.ElasticsearchTls;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.testing.Eventually;
import io.claimdesk.workflow.publication.ElasticsearchCaTrust;

/**
 * The packaged application (target/quarkus-app) against an Elasticsearch node secured like ECK's: security on, HTTPS
 * only, a certificate from a CA of the node's own, the app's own user. The app gets the Elasticsearch settings of the
 * Kubernetes ConfigMap ({@code kustomize/base/app-config.yaml}) as environment variables, the way the pod does, with
 * this machine's node and CA file in place of the cluster's, and its user and password as the variables the Deployment
 * maps from the Secret {@code claimdesk-es-app-user}. Trusting the node's CA, it gets ready and an approved verdict
 * becomes publicly searchable through it; trusting another CA, it refuses the node's certificate and is not ready.
 * Its client also checks the node's name against the certificate.
 */
class ElasticsearchTlsIT {

    private static final Path CONFIG_MAP = Path.of("src/main/kustomize/base/app-config.yaml");
    private static final Path APP_ROLE_SECRET = Path.of("src/main/kustomize/base/elasticsearch-app-role.yaml");
    private static final Duration LIMIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private static LocalStack stack;
    private static ElasticsearchTls tls;

    @BeforeAll
    static void startStackWithElasticsearchOverHttps() {
        stack = LocalStack.start(StackConfig.forTests(1).withElasticsearchTls());
        tls = stack.elasticsearch().tls();
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void trustingTheNodesCaTheAppIsReadyAndAnApprovedVerdictIsSearchable() throws Exception {
        ApplicationServer app = new ApplicationServer(stack, PackagedApplication.JAR, PackagedApplication.HEAP,
                Map.of(), kubernetesEnvironment(tls.caCertificate()), "app-trusting-the-ca", StackConfig.freePort());
        // Returns once /q/health/ready answers 200: the Elasticsearch check among the others.
        app.start();
        try {
            ReviewLoad load = new ReviewLoad(URI.create(app.url()), 1);
            load.start(stack.keycloak().realmUrl());
            try {
                Eventually.within(LIMIT, () -> assertThat(load.approved()).as("claims approved").isNotEmpty());
            } finally {
                load.close();
            }
            Eventually.within(LIMIT, () -> assertThat(publicSearch(app)).as("claims found by the public search")
                    .containsAnyElementsOf(load.approved()));
            assertThat(indexedWithTheNodesCa()).as("verdicts in the index, asked of the node over HTTPS")
                    .isPositive();
        } finally {
            app.stop();
        }
    }

    @Test
    void trustingAnotherCaTheAppRefusesTheNodesCertificate() throws Exception {
        Path otherCa = anotherCa(stack.config().instanceDir().resolve("other-ca"));
        ApplicationServer app = new ApplicationServer(stack, PackagedApplication.JAR, PackagedApplication.HEAP,
                Map.of(), kubernetesEnvironment(otherCa), "app-trusting-another-ca", StackConfig.freePort());
        CompletableFuture<Void> start = CompletableFuture.runAsync(app::start);
        try {
            String token = ReviewLoad.login(stack.keycloak().realmUrl(), "adam");
            JsonNode[] elasticsearch = new JsonNode[1];
            Eventually.within(LIMIT, () -> {
                JsonNode health = adminHealth(app, token);
                assertThat(check(health, "Database").path("status").asText()).as("PostgreSQL check").isEqualTo("UP");
                elasticsearch[0] = check(health, "Elasticsearch");
                assertThat(elasticsearch[0].path("status").asText()).as("Elasticsearch check").isEqualTo("DOWN");
            });
            assertThat(elasticsearch[0].toString()).as("why the Elasticsearch check is down")
                    .contains("PKIX path building failed");
            assertThat(get(HttpRequest.newBuilder(URI.create(app.url() + "/q/health/ready"))).statusCode())
                    .as("readiness").isEqualTo(503);
            assertThat(start).as("the start, waiting for readiness").isNotDone();
        } finally {
            // Ends the wait for readiness (the process is gone), then lets the stack close.
            ProcessHandle.of(app.pid()).ifPresent(ProcessHandle::destroy);
            start.exceptionally(e -> null).join();
        }
    }

    /**
     * The client callback that trusts the CA also leaves the host name check on: the node answers under the name its
     * certificate carries (127.0.0.1) and is refused under another one that leads to the same address (localhost).
     */
    @Test
    void theClientRefusesTheNodeUnderANameItsCertificateDoesNotCarry() throws IOException {
        ElasticsearchCaTrust trust = new ElasticsearchCaTrust(Optional.of(tls.caCertificate()));
        int port = stack.elasticsearch().port();
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).as("localhost is this machine").isTrue();
        Request health = new Request("GET", "/_cluster/health");
        try (RestClient named = client(new HttpHost("127.0.0.1", port, "https"), trust);
                RestClient misnamed = client(new HttpHost("localhost", port, "https"), trust)) {
            assertThat(named.performRequest(health).getStatusLine().getStatusCode()).isEqualTo(200);
            assertThatThrownBy(() -> misnamed.performRequest(health)).isInstanceOf(IOException.class)
                    .hasRootCauseInstanceOf(SSLPeerUnverifiedException.class)
                    .hasStackTraceContaining("Host name 'localhost' does not match the certificate");
        }
    }

    private static RestClient client(HttpHost host, ElasticsearchCaTrust trust) {
        return RestClient.builder(host).setHttpClientConfigCallback(trust)
                .setDefaultHeaders(new Header[]{new BasicHeader("Authorization", tls.adminAuthorization())}).build();
    }

    /** The node gives the app's user the role it has on Kubernetes, so what the app may do here it may do there. */
    @Test
    void theAppsRoleIsTheOneKubernetesGivesIt() throws IOException {
        JsonNode secret = new YAMLMapper().readTree(APP_ROLE_SECRET.toFile());

        assertThat(secret.at("/stringData/roles.yml").asText().strip()).isEqualTo(ElasticsearchTls.APP_ROLE.strip());
    }

    /**
     * The ConfigMap's Elasticsearch variables, with the local node for the cluster's service and the given CA file
     * for the one mounted from ECK's Secret; and the app user's name and password, which the Deployment maps from the
     * Secret claimdesk-es-app-user into these variables.
     */
    private static Map<String, String> kubernetesEnvironment(Path ca) throws IOException {
        Map<String, String> environment = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> data = new YAMLMapper().readTree(CONFIG_MAP.toFile()).get("data")
                .fields();
        data.forEachRemaining(entry -> {
            if (entry.getKey().contains("ELASTICSEARCH")) {
                environment.put(entry.getKey(), entry.getValue().asText());
            }
        });
        environment.put("QUARKUS_ELASTICSEARCH_HOSTS", stack.elasticsearch().hostAndPort());
        environment.put("CLAIMDESK_ELASTICSEARCH_CA_FILE", ca.toString());
        environment.put("QUARKUS_ELASTICSEARCH_USERNAME", ElasticsearchTls.APP_USER);
        environment.put("QUARKUS_ELASTICSEARCH_PASSWORD", ElasticsearchTls.APP_PASSWORD);
        return environment;
    }

    private static List<Long> publicSearch(ApplicationServer app) {
        HttpResponse<String> response = get(HttpRequest.newBuilder(URI.create(app.url()
                + "/api/public/v1/verdicts?q=Haftar&size=50")));
        assertThat(response.statusCode()).as("public search: %s", response.body()).isEqualTo(200);
        List<Long> claims = new ArrayList<>();
        json(response).path("items").forEach(item -> claims.add(item.path("claimId").asLong()));
        return claims;
    }

    private static long indexedWithTheNodesCa() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().sslContext(tls.trustingItsCa()).build().send(
                tls.asAdmin(HttpRequest.newBuilder(URI.create("https://" + stack.elasticsearch().hostAndPort()
                        + "/claimdesk-verdicts/_count"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("count: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("count").asLong();
    }

    /** Every health check with its details, as an admin sees them. */
    private static JsonNode adminHealth(ApplicationServer app, String token) {
        return json(get(HttpRequest.newBuilder(URI.create(app.url() + "/api/v1/admin/health"))
                .header("Authorization", "Bearer " + token)));
    }

    /** The answer to a GET; no answer (the app still starting) is a failed assertion, retried by Eventually. */
    private static HttpResponse<String> get(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().contains(name)) {
                return check;
            }
        }
        return JSON.createObjectNode();
    }

    /** A CA that signed nothing the node serves (PEM), made with keytool. */
    private static Path anotherCa(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = dir.resolve("other-ca.p12");
        Path pem = dir.resolve("ca.crt");
        run(keytool.toString(), "-genkeypair", "-alias", "other-ca", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=Another CA", "-ext", "bc:c", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit");
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "other-ca", "-keystore", store.toString(),
                "-storepass", "changeit", "-file", pem.toString());
        return pem;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
