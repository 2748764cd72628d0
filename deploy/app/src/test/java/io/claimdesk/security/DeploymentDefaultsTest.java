package io.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Deployment defaults: the local stack's application answers this machine only; the production profile and the
 * Kubernetes sources carry no password, secret, trust authentication or
 * superuser connection, so a deployment that forgets one fails at start instead of running with a known value.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class DeploymentDefaultsTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path KUSTOMIZE = Path.of("src/main/kustomize");
    private static final Pattern SECRET_KEY = Pattern.compile(".*(password|secret)$");

    @TestHTTPResource("/")
    URI app;

    @Test
    void theLocalStacksApplicationListensOnThisMachineOnly() throws IOException {
        LocalStack stack = LocalStackResource.stack();
        assertThat(stack.appProperties()).containsEntry("quarkus.http.host", "127.0.0.1");

        // The test's application got the same properties: every socket listening on its port is bound to 127.0.0.1.
        String port = String.format(Locale.ROOT, "%04X", app.getPort());
        List<String> listening = Stream.of("/proc/net/tcp", "/proc/net/tcp6").map(Path::of).filter(Files::exists)
                .flatMap(DeploymentDefaultsTest::lines).map(String::strip)
                .map(line -> line.split("\\s+"))
                .filter(fields -> fields.length > 3 && fields[1].endsWith(":" + port) && fields[3].equals("0A"))
                .map(fields -> fields[1]).toList();
        // 127.0.0.1 as /proc writes it, in an IPv4 socket or (IPv4-mapped) in an IPv6 one; 0.0.0.0 or :: would fail.
        assertThat(listening).as("listening sockets on port %d", app.getPort()).isNotEmpty()
                .allSatisfy(local -> assertThat(local).isIn("0100007F:" + port,
                        "0000000000000000FFFF00000100007F:" + port));
    }

    @Test
    void theProductionProfileHoldsNoPasswordNorSecret() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES)) {
            properties.load(in);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            String name = key.replaceFirst("^%[a-z,]+\\.", "");
            // quarkus.kubernetes.env.mapping.*.from-secret names a Secret, it holds no value.
            if (!SECRET_KEY.matcher(name).matches() || value.isEmpty() || name.startsWith("quarkus.kubernetes.")) {
                continue;
            }
            // Dev conveniences (the dev realm's secrets, the local stack's postgres) live in the dev profile only.
            assertThat(key.startsWith("%dev.") || key.startsWith("%test."))
                    .as("%s=%s: a credential outside the dev and test profiles", key, value).isTrue();
        }
        for (String required : List.of("quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.oidc.web-app.credentials.secret", "quarkus.keycloak.admin-client.client-secret")) {
            assertThat(properties.getProperty(required)).as("%s without a profile", required).isNull();
            assertThat(properties.getProperty("%prod." + required)).as("%%prod.%s", required).isNull();
        }
    }

    @Test
    void kubernetesHoldsNoCommittedCredentialNoTrustAndNoSuperuserConnection() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES)) {
            properties.load(in);
        }
        // The app reads its Elasticsearch user from its own Secret, not the elastic superuser's.
        Map<String, String> mappings = Map.of(
                "quarkus.kubernetes.env.mapping.quarkus-elasticsearch-username.from-secret", "claimdesk-es-app-user",
                "quarkus.kubernetes.env.mapping.quarkus-elasticsearch-password.from-secret", "claimdesk-es-app-user");
        mappings.forEach((key, secret) -> assertThat(properties.getProperty(key)).as(key).isEqualTo(secret));
        assertThat(properties.values()).noneMatch(value -> value.toString().contains("es-elastic-user"));

        try (Stream<Path> files = Files.walk(KUSTOMIZE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContainPattern("(?im)^\\s*[A-Z_]*USERNAME:\\s*elastic\\s*$")
                        .doesNotContainPattern("(?im)\\btrust\\b\\s*$").doesNotContainPattern("(?im)password:\\s*\\S")
                        .doesNotContainPattern("(?i)\\b(rita|remy|edith|adam)\\b");
            }
        }
        String elasticsearch = Files.readString(KUSTOMIZE.resolve("base/elasticsearch.yaml"));
        assertThat(elasticsearch).contains("secretName: claimdesk-es-app-role")
                .contains("secretName: claimdesk-es-app-user");
        String role = Files.readString(KUSTOMIZE.resolve("base/elasticsearch-app-role.yaml"));
        assertThat(role).contains("names: [\"claimdesk-verdicts*\"]").doesNotContain("\"*\"]");
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
