package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Elasticsearch 8 (integration-test distribution, no bundled JDK), single node without security, with its own
 * configuration, data and logs per stack instance so several instances share one unpacked install.
 */
public final class ElasticsearchServer extends ProcessServer {

    static final ServerDistribution DISTRIBUTION = ServerDistribution.zip(
            new MavenArtifact("org.elasticsearch.distribution.integ-test-zip", "elasticsearch", "8.19.21", "zip"));

    private final StackConfig config;
    private final ServiceUser user;
    private final Path home;

    ElasticsearchServer(StackConfig config, ServiceUser user) {
        super("elasticsearch", "Elasticsearch", config.instanceDir().resolve("logs/elasticsearch.log"), "TERM",
                config.startTimeout());
        this.config = config;
        this.user = user;
        this.home = config.instanceDir().resolve("elasticsearch");
    }

    @Override
    public int port() {
        return config.elasticsearchPort();
    }

    /** The HTTP address, {@code 127.0.0.1:PORT}, as the Quarkus client wants it. */
    public String hostAndPort() {
        return "127.0.0.1:" + port();
    }

    @Override
    Launch prepare() {
        Path install = DISTRIBUTION.install(config);
        Path configDir = home.resolve("config");
        try {
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(home.resolve(dir));
            }
            if (!Files.exists(configDir)) {
                copyTree(install.resolve("config"), configDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + home, e);
        }
        user.own(install, home);

        Map<String, String> env = new HashMap<>();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", configDir.toString());
        env.put("ES_TMPDIR", home.resolve("tmp").toString());
        String heap = "-Xms" + config.elasticsearchHeap() + " -Xmx" + config.elasticsearchHeap();
        String extra = System.getenv("ES_JAVA_OPTS");
        // Options from the caller's ES_JAVA_OPTS come last, so they win over the heap default.
        env.put("ES_JAVA_OPTS", extra == null || extra.isBlank() ? heap : heap + " " + extra);
        env.put("HOME", home.toString());

        // The working directory is the instance home: the JVM options write logs/gc.log relative to it.
        return new Launch(user.command(List.of(install.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Expack.security.enabled=false",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + port(),
                "-Etransport.port=" + config.elasticsearchTransportPort(),
                "-Epath.data=" + home.resolve("data"),
                "-Epath.logs=" + home.resolve("logs"),
                // A nearly full developer disk must not turn the cluster red.
                "-Ecluster.routing.allocation.disk.threshold_enabled=false")), env, home, HealthProbe.http(
                        URI.create(
                                "http://127.0.0.1:" + port() + "/_cluster/health?wait_for_status=yellow&timeout=2s")));
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }
}
