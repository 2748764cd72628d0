package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings of one local stack: ports, directories, heaps, and whether its data outlives it.
 *
 * <p>
 * Every value can be overridden by an environment variable or by the system property of the same name in lower
 * case with dots ({@code CLAIMDESK_PG_PORT} or {@code -Dclaimdesk.pg.port}).
 *
 * @param mavenRepository
 *            where the server distributions are downloaded from
 * @param cacheDir
 *            downloaded archives and unpacked servers, shared by every stack
 * @param instanceDir
 *            this stack's data and logs
 * @param keepData
 *            false for a throwaway stack whose instance directory is deleted on close
 * @param elasticsearchPorts
 *            the HTTP port of each Elasticsearch node; one node runs alone ({@code discovery.type=single-node}),
 *            several form one cluster
 * @param elasticsearchTransportPorts
 *            the transport port of each node, in the same order, through which the nodes find each other
 * @param elasticsearchHeap
 *            the heap of each Elasticsearch node
 * @param startTimeout
 *            how long each server may take to become healthy
 * @param elasticsearchTls
 *            whether the Elasticsearch node runs with security on and serves HTTPS (see {@link ElasticsearchTls})
 */
public record StackConfig(
        URI mavenRepository,
        Path cacheDir,
        Path instanceDir,
        boolean keepData,
        int appPort,
        int postgresPort,
        List<Integer> elasticsearchPorts,
        List<Integer> elasticsearchTransportPorts,
        int keycloakPort,
        int keycloakManagementPort,
        String elasticsearchHeap,
        String keycloakHeap,
        Duration startTimeout,
        boolean elasticsearchTls) {

    static final String DEFAULT_MAVEN_REPOSITORY = "https://repo1.maven.org/maven2";
    /** Test ports are drawn between these, below the kernel's ephemeral range and above well-known services. */
    static final int MIN_TEST_PORT = 20000;
    static final int MAX_TEST_PORT = 32768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Random RANDOM = new Random();
    // Ports already given to a server of this JVM, so two servers of one stack never draw the same one.
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** Heap of each node when several share the machine (512m for a lone node). */
    static final String CLUSTER_NODE_HEAP = "384m";

    public StackConfig {
        elasticsearchPorts = List.copyOf(elasticsearchPorts);
        elasticsearchTransportPorts = List.copyOf(elasticsearchTransportPorts);
        if (elasticsearchPorts.isEmpty() || elasticsearchPorts.size() != elasticsearchTransportPorts.size()) {
            throw new IllegalArgumentException("each Elasticsearch node needs one HTTP and one transport port, not "
                    + elasticsearchPorts + " and " + elasticsearchTransportPorts);
        }
    }

    /**
     * Defaults for {@code claimdesk up}: fixed ports, data kept under the data directory. With
     * {@code CLAIMDESK_ES_NODES=N} Elasticsearch runs as a cluster of N nodes on consecutive ports from
     * {@code CLAIMDESK_ES_PORT} (9200, 9201, ...) and {@code CLAIMDESK_ES_TRANSPORT_PORT} (9300, 9301, ...).
     */
    public static StackConfig fromEnvironment() {
        Directories dirs = Directories.resolve();
        int nodes = elasticsearchNodesSetting();
        int http = port("CLAIMDESK_ES_PORT", 9200);
        int transport = port("CLAIMDESK_ES_TRANSPORT_PORT", 9300);
        List<Integer> httpPorts = new ArrayList<>();
        List<Integer> transportPorts = new ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            httpPorts.add(http + node);
            transportPorts.add(transport + node);
        }
        return new StackConfig(
                URI.create(setting("CLAIMDESK_MAVEN_REPO", DEFAULT_MAVEN_REPOSITORY)),
                dirs.cache(),
                dirs.data(),
                true,
                port("CLAIMDESK_APP_PORT", 8080),
                port("CLAIMDESK_PG_PORT", 5433),
                httpPorts,
                transportPorts,
                port("CLAIMDESK_KC_PORT", 8180),
                port("CLAIMDESK_KC_MANAGEMENT_PORT", 9100),
                setting("CLAIMDESK_ES_HEAP", nodes > 1 ? CLUSTER_NODE_HEAP : "512m"),
                setting("CLAIMDESK_KC_HEAP", "512m"),
                Duration.ofSeconds(Long.parseLong(setting("CLAIMDESK_START_TIMEOUT", "180"))),
                false);
    }

    /**
     * A throwaway stack for tests: free ports, a fresh instance directory deleted on close; as many Elasticsearch nodes
     * as {@code CLAIMDESK_ES_NODES} says (one by default).
     */
    public static StackConfig forTests() {
        return forTests(elasticsearchNodesSetting());
    }

    /** A throwaway stack for tests whose Elasticsearch is a cluster of the given number of nodes. */
    public static StackConfig forTests(int elasticsearchNodes) {
        StackConfig defaults = fromEnvironment();
        Path instance = Directories.resolve().tmp().resolve("stack-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        List<Integer> httpPorts = new ArrayList<>();
        List<Integer> transportPorts = new ArrayList<>();
        for (int node = 0; node < elasticsearchNodes; node++) {
            httpPorts.add(freePort());
            transportPorts.add(freePort());
        }
        String heap = elasticsearchNodes > 1
                ? setting("CLAIMDESK_ES_HEAP", CLUSTER_NODE_HEAP)
                : defaults.elasticsearchHeap();
        return new StackConfig(
                defaults.mavenRepository(),
                defaults.cacheDir(),
                instance,
                false,
                freePort(),
                freePort(),
                httpPorts,
                transportPorts,
                freePort(),
                freePort(),
                heap,
                defaults.keycloakHeap(),
                defaults.startTimeout(),
                false);
    }

    /** How many Elasticsearch nodes the stack runs. */
    public int elasticsearchNodes() {
        return elasticsearchPorts.size();
    }

    /** The HTTP port of the first Elasticsearch node. */
    public int elasticsearchPort() {
        return elasticsearchPorts.get(0);
    }

    /** The transport port of the first Elasticsearch node. */
    public int elasticsearchTransportPort() {
        return elasticsearchTransportPorts.get(0);
    }

    /** The same settings for another instance directory (a helper cluster built in the cache, say). */
    public StackConfig withInstanceDir(Path dir) {
        return new StackConfig(mavenRepository, cacheDir, dir, keepData, appPort, postgresPort, elasticsearchPorts,
                elasticsearchTransportPorts, keycloakPort, keycloakManagementPort, elasticsearchHeap, keycloakHeap,
                startTimeout, elasticsearchTls);
    }

    /** The same settings with another download and unpack cache (an empty one measures a first install). */
    public StackConfig withCacheDir(Path dir) {
        return new StackConfig(mavenRepository, dir, instanceDir, keepData, appPort, postgresPort, elasticsearchPorts,
                elasticsearchTransportPorts, keycloakPort, keycloakManagementPort, elasticsearchHeap, keycloakHeap,
                startTimeout, elasticsearchTls);
    }

    /**
     * The same settings with a lone Elasticsearch node that has security on and serves HTTPS only, as ECK runs it: a
     * certificate from a CA of its own, users in its file realm (see {@link ElasticsearchTls}).
     */
    public StackConfig withElasticsearchTls() {
        if (elasticsearchNodes() != 1) {
            throw new IllegalArgumentException("Elasticsearch over HTTPS runs as a lone node, not "
                    + elasticsearchNodes() + " (its nodes would need TLS between them too)");
        }
        return new StackConfig(mavenRepository, cacheDir, instanceDir, keepData, appPort, postgresPort,
                elasticsearchPorts, elasticsearchTransportPorts, keycloakPort, keycloakManagementPort,
                elasticsearchHeap, keycloakHeap, startTimeout, true);
    }

    /** Reads an override: system property (lower case, dots) first, then environment variable. */
    public static String setting(String name, String defaultValue) {
        String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String env = System.getenv(name);
        return env == null || env.isBlank() ? defaultValue : env.trim();
    }

    private static int elasticsearchNodesSetting() {
        int nodes = Integer.parseInt(setting("CLAIMDESK_ES_NODES", "1"));
        if (nodes < 1) {
            throw new IllegalArgumentException("CLAIMDESK_ES_NODES must be at least 1, not " + nodes);
        }
        return nodes;
    }

    private static int port(String name, int defaultValue) {
        return Integer.parseInt(setting(name, Integer.toString(defaultValue)));
    }

    /**
     * A port free now and outside the kernel's ephemeral range. A port from that range (what binding port 0 gives) can
     * be taken by any outgoing connection before the server binds it: Keycloak's own connections to PostgreSQL took
     * its HTTP port that way during its 10-second boot.
     */
    public static int freePort() {
        int ceiling = Math.min(ephemeralRangeStart(), MAX_TEST_PORT);
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = MIN_TEST_PORT + RANDOM.nextInt(ceiling - MIN_TEST_PORT);
            if (HANDED_OUT.add(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + MIN_TEST_PORT + " and " + ceiling);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (Linux); 32768, the usual value, when it cannot be read. */
    private static int ephemeralRangeStart() {
        try {
            // Line by line: procfs reports a size of 0, and a sized read gets one character.
            String range = Files.readAllLines(EPHEMERAL_RANGE).get(0).strip();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    /** Where cache, kept data and throwaway instances live, depending on who runs the stack. */
    record Directories(Path cache, Path data, Path tmp) {

        static Directories resolve() {
            String home = setting("CLAIMDESK_HOME", "");
            Directories dirs;
            if (!home.isEmpty()) {
                Path base = Path.of(home).toAbsolutePath();
                dirs = new Directories(base.resolve("cache"), base.resolve("data"), base.resolve("tmp"));
            } else if (ServiceUser.isRoot()) {
                // Root's home is not traversable by the unprivileged server user, so everything lives outside it.
                Path base = Path.of("/var/lib/claimdesk");
                dirs = new Directories(base.resolve("cache"), base.resolve("data"), base.resolve("tmp"));
            } else {
                Path userHome = Path.of(System.getProperty("user.home"));
                dirs = new Directories(
                        userHome.resolve(".cache/claimdesk"),
                        userHome.resolve(".local/share/claimdesk"),
                        Path.of(System.getProperty("java.io.tmpdir"), "claimdesk-" + System.getProperty("user.name")));
            }
            return new Directories(
                    Path.of(setting("CLAIMDESK_CACHE", dirs.cache().toString())),
                    Path.of(setting("CLAIMDESK_DATA", dirs.data().toString())),
                    dirs.tmp());
        }
    }
}
