package io.claimdesk.deploy.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The three servers Claimdesk needs (PostgreSQL, Elasticsearch, Keycloak), started in order, stopped together on
 * {@link #close()} or at JVM exit.
 */
public final class LocalStack implements AutoCloseable {

    /** The application's database. */
    public static final String APP_DATABASE = "claimdesk";

    private final StackConfig config;
    private final ServiceUser user;
    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final KeycloakServer keycloak;
    private final Deque<AutoCloseable> closeFirst = new ArrayDeque<>();
    private final Thread shutdownHook = new Thread(this::close, "claimdesk-stack-shutdown");
    private InstanceDirectory instanceDir;
    private boolean closed;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.user = ServiceUser.forServers();
        this.postgres = new PostgresServer(config, user, List.of(APP_DATABASE, KeycloakServer.DATABASE));
        this.elasticsearch = new ElasticsearchServer(config, user);
        this.keycloak = new KeycloakServer(config, postgres);
    }

    /** Starts PostgreSQL, then Elasticsearch and Keycloak in parallel; returns once all three are healthy. */
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
            CompletableFuture<Void> search = CompletableFuture.runAsync(stack.elasticsearch::start);
            CompletableFuture<Void> identity = CompletableFuture.runAsync(stack.keycloak::start);
            CompletableFuture.allOf(search, identity).join();
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

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The servers in start order. */
    public List<LocalServer> servers() {
        return List.of(postgres, elasticsearch, keycloak);
    }

    /** The Quarkus configuration that points the application at this stack. */
    public Map<String, String> appProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(APP_DATABASE));
        properties.put("quarkus.datasource.username", PostgresServer.USER);
        properties.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        properties.put("quarkus.elasticsearch.hosts", elasticsearch.hostAndPort());
        properties.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        properties.put("quarkus.oidc.web-app.auth-server-url", keycloak.realmUrl());
        properties.put("quarkus.keycloak.admin-client.server-url", keycloak.url());
        properties.put("claimdesk.keycloak.url", keycloak.url());
        return properties;
    }

    /** Registers something running on top of the stack (the application) to be closed before the servers stop. */
    public synchronized void closeFirst(AutoCloseable dependent) {
        closeFirst.push(dependent);
    }

    /** Stops everything (dependents, then Keycloak and Elasticsearch, then PostgreSQL); idempotent. */
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
        CompletableFuture<Void> search = CompletableFuture.runAsync(elasticsearch::stop);
        CompletableFuture<Void> identity = CompletableFuture.runAsync(keycloak::stop);
        CompletableFuture.allOf(search, identity).exceptionally(e -> null).join();
        postgres.stop();
        if (instanceDir != null) {
            instanceDir.release(!config.keepData());
        }
        StackConsole.say("local stack stopped");
    }
}
