package io.claimdesk.deploy.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The three servers Claimdesk needs (PostgreSQL, Elasticsearch as one node or a cluster, Keycloak), started in order,
 * stopped together on {@link #close()} or at JVM exit.
 */
public final class LocalStack implements AutoCloseable {

    /** The application's database. */
    public static final String APP_DATABASE = "claimdesk";

    private final StackConfig config;
    private final ServiceUser user;
    private final PostgresServer postgres;
    private final List<ElasticsearchServer> elasticsearchNodes;
    private final KeycloakServer keycloak;
    private final WebLoginRedirects webLoginRedirects;
    private final Deque<AutoCloseable> closeFirst = new ArrayDeque<>();
    private final Thread shutdownHook = new Thread(this::close, "claimdesk-stack-shutdown");
    private InstanceDirectory instanceDir;
    private boolean closed;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.user = ServiceUser.forServers();
        this.postgres = new PostgresServer(config, user, List.of(APP_DATABASE, KeycloakServer.DATABASE));
        this.elasticsearchNodes = IntStream.range(0, config.elasticsearchNodes())
                .mapToObj(node -> new ElasticsearchServer(config, user, node)).toList();
        this.keycloak = new KeycloakServer(config, postgres);
        this.webLoginRedirects = new WebLoginRedirects(keycloak);
    }

    /**
     * Starts PostgreSQL, then the Elasticsearch nodes and Keycloak in parallel (the nodes of a cluster must run
     * together before any is healthy); returns once all are healthy.
     */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        Instant start = Instant.now();
        try {
            if (!config.keepData()) {
                InstanceDirectory.sweepAbandoned(config.instanceDir().getParent());
            }
            stack.instanceDir = InstanceDirectory.acquire(config.instanceDir());
            if (!config.keepData()) {
                stack.postgres.initializeFrom(KeycloakSeed.ensure(config, stack.user));
            }
            stack.postgres.start();
            // Keycloak waits only for PostgreSQL; Elasticsearch is independent: start both together.
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            stack.elasticsearchNodes.forEach(node -> starts.add(CompletableFuture.runAsync(node::start)));
            starts.add(CompletableFuture.runAsync(stack.keycloak::start));
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            stack.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        StackConsole.say("local stack ready in " + StackConsole.seconds(Duration.between(start, Instant.now()))
                + " (data in " + config.instanceDir() + ")");
        return stack;
    }

    public StackConfig config() {
        return config;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    /** The first Elasticsearch node: the only one unless the stack runs a cluster. */
    public ElasticsearchServer elasticsearch() {
        return elasticsearchNodes.get(0);
    }

    /** Every Elasticsearch node, the first one first. */
    public List<ElasticsearchServer> elasticsearchNodes() {
        return elasticsearchNodes;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The servers in start order. */
    public List<LocalServer> servers() {
        List<LocalServer> servers = new ArrayList<>();
        servers.add(postgres);
        servers.addAll(elasticsearchNodes);
        servers.add(keycloak);
        return List.copyOf(servers);
    }

    /** The Quarkus configuration that points the application at this stack. */
    public Map<String, String> appProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(APP_DATABASE));
        properties.put("quarkus.datasource.username", PostgresServer.USER);
        properties.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        // Every node: the client spreads its requests over them and moves on from one that does not answer.
        properties.put("quarkus.elasticsearch.hosts", elasticsearchNodes.stream().map(ElasticsearchServer::hostAndPort)
                .collect(Collectors.joining(",")));
        properties.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        properties.put("quarkus.oidc.web-app.auth-server-url", keycloak.realmUrl());
        properties.put("quarkus.keycloak.admin-client.server-url", keycloak.url());
        properties.put("claimdesk.keycloak.url", keycloak.url());
        properties.put("quarkus.oidc.web-app.credentials.secret", KeycloakServer.WEB_CLIENT_SECRET);
        properties.put("quarkus.keycloak.admin-client.client-secret", KeycloakServer.SERVICE_CLIENT_SECRET);
        // Like the servers it starts, the application answers this machine only.
        properties.put("quarkus.http.host", "127.0.0.1");
        return properties;
    }

    /**
     * Lets browser logins return to an application about to listen on {@code port} (Keycloak running): the dev
     * realm's web client redirects to the ports given here and to no other port of this machine.
     */
    public void allowWebLogins(int port) {
        webLoginRedirects.allow(port);
    }

    /** Registers something running on top of the stack (the application) to be closed before the servers stop. */
    public synchronized void closeFirst(AutoCloseable dependent) {
        closeFirst.push(dependent);
    }

    /** Stops everything (dependents, then Keycloak and the Elasticsearch nodes, then PostgreSQL); idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Called from the hook itself.
        }
        while (!closeFirst.isEmpty()) {
            try {
                closeFirst.pop().close();
            } catch (Exception e) {
                StackConsole.say("error while stopping a dependent of the stack: " + e);
            }
        }
        StackConsole.say("stopping the local stack");
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        elasticsearchNodes.forEach(node -> stops.add(CompletableFuture.runAsync(node::stop)));
        stops.add(CompletableFuture.runAsync(keycloak::stop));
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        postgres.stop();
        if (instanceDir != null) {
            instanceDir.release(!config.keepData());
        }
        StackConsole.say("local stack stopped");
    }
}
