package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One Elasticsearch 8 node (integration-test distribution, no bundled JDK), without security unless the stack asks
 * for HTTPS ({@link StackConfig#withElasticsearchTls}, see {@link ElasticsearchTls}), with its own configuration, data
 * and logs per stack instance so several instances share one unpacked install. A lone node runs
 * with {@code discovery.type=single-node}; the nodes of a larger stack find each other on their transport ports and
 * form one cluster.
 */
public final class ElasticsearchServer extends ProcessServer {

    static final ServerDistribution DISTRIBUTION = ServerDistribution.zip(
            new MavenArtifact("org.elasticsearch.distribution.integ-test-zip", "elasticsearch", "8.19.21", "zip"));
    // The nodes of a stack start together, and the distribution's file lock cannot be taken twice by one JVM.
    private static final Object INSTALL = new Object();

    private final StackConfig config;
    private final ServiceUser user;
    private final int node;
    private final Path home;
    private final boolean newCluster;
    private final ElasticsearchTls tls;

    /**
     * @param node
     *            this node's index in the config's port lists; node 0 keeps the directory a lone node has always
     *            used, so the data {@code up} kept stays with the first node
     */
    ElasticsearchServer(StackConfig config, ServiceUser user, int node) {
        super(name(config, node), displayName(config, node), config.instanceDir().resolve("logs/" + name(config, node)
                + ".log"), "TERM", config.startTimeout());
        this.config = config;
        this.user = user;
        this.node = node;
        this.home = home(config, node);
        // Decided before any node runs: once the first one has written its data the cluster exists, and nodes told to
        // bootstrap one could form a second cluster beside it.
        this.newCluster = !hasData(home(config, 0));
        this.tls = config.elasticsearchTls() ? new ElasticsearchTls(home.resolve("config")) : null;
    }

    /** "elasticsearch" for a lone node, "elasticsearch-1", "elasticsearch-2", ... for the nodes of a cluster. */
    private static String name(StackConfig config, int node) {
        return config.elasticsearchNodes() == 1 ? "elasticsearch" : "elasticsearch-" + (node + 1);
    }

    private static String displayName(StackConfig config, int node) {
        return config.elasticsearchNodes() == 1
                ? "Elasticsearch"
                : "Elasticsearch node " + (node + 1) + "/" + config.elasticsearchNodes();
    }

    private static Path home(StackConfig config, int node) {
        return config.instanceDir().resolve(node == 0 ? "elasticsearch" : "elasticsearch-" + (node + 1));
    }

    /** The node's name in the cluster (node.name). */
    public String nodeName() {
        return nodeName(node);
    }

    private static String nodeName(int node) {
        return "claimdesk-es-" + (node + 1);
    }

    @Override
    public int port() {
        return config.elasticsearchPorts().get(node);
    }

    /** The HTTP address, {@code 127.0.0.1:PORT}, as the Quarkus client wants it. */
    public String hostAndPort() {
        return "127.0.0.1:" + port();
    }

    /** The node's certificates and users, on a stack whose Elasticsearch serves HTTPS only. */
    public ElasticsearchTls tls() {
        if (tls == null) {
            throw new IllegalStateException(name() + " runs without security (see StackConfig.withElasticsearchTls)");
        }
        return tls;
    }

    @Override
    Launch prepare() {
        Path install;
        synchronized (INSTALL) {
            install = DISTRIBUTION.install(config);
            user.own(install);
        }
        Path configDir = home.resolve("config");
        boolean bootstrap = newCluster && !hasData(home);
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

        Map<String, String> env = new HashMap<>();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", configDir.toString());
        env.put("ES_TMPDIR", home.resolve("tmp").toString());
        String heap = "-Xms" + config.elasticsearchHeap() + " -Xmx" + config.elasticsearchHeap();
        String extra = System.getenv("ES_JAVA_OPTS");
        // Options from the caller's ES_JAVA_OPTS come last, so they win over the heap default.
        env.put("ES_JAVA_OPTS", extra == null || extra.isBlank() ? heap : heap + " " + extra);
        env.put("HOME", home.toString());
        if (tls != null) {
            tls.prepare(install, env, home.resolve("logs"));
        }
        user.own(home);

        List<String> command = new ArrayList<>(List.of(install.resolve("bin/elasticsearch").toString(),
                "-Enode.name=" + nodeName(),
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + port(),
                "-Etransport.port=" + config.elasticsearchTransportPorts().get(node),
                "-Epath.data=" + home.resolve("data"),
                "-Epath.logs=" + home.resolve("logs"),
                // A nearly full developer disk must not turn the cluster red.
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        command.addAll(tls == null ? List.of("-Expack.security.enabled=false") : tls.settings());
        command.addAll(discovery(config, bootstrap));
        // The working directory is the instance home: the JVM options write logs/gc.log relative to it.
        // Healthy once this node answers for a cluster that has an elected master and every primary shard.
        HealthProbe health = tls != null
                ? tls.probe(port())
                : HealthProbe.http(URI.create(
                        "http://127.0.0.1:" + port() + "/_cluster/health?wait_for_status=yellow&timeout=2s"));
        return new Launch(user.command(command), env, home, health);
    }

    /**
     * How a node finds its cluster: alone with single-node discovery; in a cluster through every node's transport
     * address, and, only while no node holds data yet, the names of the master-eligible nodes that bootstrap it.
     */
    static List<String> discovery(StackConfig config, boolean bootstrap) {
        int nodes = config.elasticsearchNodes();
        if (nodes == 1) {
            return List.of("-Ediscovery.type=single-node");
        }
        List<String> settings = new ArrayList<>();
        settings.add("-Ediscovery.seed_hosts=" + String.join(",", config.elasticsearchTransportPorts().stream()
                .map(port -> "127.0.0.1:" + port).toList()));
        if (bootstrap) {
            settings.add("-Ecluster.initial_master_nodes=" + String.join(",", IntStream.range(0, nodes)
                    .mapToObj(ElasticsearchServer::nodeName).toList()));
        }
        return settings;
    }

    private static boolean hasData(Path home) {
        Path data = home.resolve("data");
        if (!Files.isDirectory(data)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(data)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data, e);
        }
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
