package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26 in development mode, importing the {@code claimdesk} realm and keeping its data in the stack's
 * PostgreSQL database {@code keycloak}.
 */
public final class KeycloakServer extends ProcessServer {

    /** The realm the application uses. */
    public static final String REALM = "claimdesk";
    /** The bootstrap administrator of the master realm (admin console). */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    /**
     * The dev realm's client secrets (claimdesk-realm.json), given to the application of a local stack; production
     * reads its own from the Secret claimdesk-oidc.
     */
    public static final String WEB_CLIENT_SECRET = "claimdesk-web-local-secret-0123456789abcdef";
    public static final String SERVICE_CLIENT_SECRET = "claimdesk-service-local-secret-0123456789abcdef";
    /** The PostgreSQL database holding Keycloak's data. */
    public static final String DATABASE = "keycloak";

    static final ServerDistribution DISTRIBUTION = ServerDistribution.zip(
            new MavenArtifact("org.keycloak", "keycloak-quarkus-dist", "26.7.3", "zip"));
    static final String REALM_RESOURCE = "/realm/claimdesk-realm.json";

    private final StackConfig config;
    private final PostgresServer postgres;
    private final Path home;

    KeycloakServer(StackConfig config, PostgresServer postgres) {
        super("keycloak", "Keycloak", config.instanceDir().resolve("logs/keycloak.log"), "TERM",
                config.startTimeout());
        this.config = config;
        this.postgres = postgres;
        this.home = config.instanceDir().resolve("keycloak");
    }

    @Override
    public int port() {
        return config.keycloakPort();
    }

    /** The base URL, on {@code localhost}: the token issuer follows the host name clients use. */
    public String url() {
        return "http://localhost:" + port();
    }

    /** The issuer URL of the claimdesk realm. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    @Override
    Launch prepare() {
        // Kept in the cache, never in target/: the first start re-augments (~40 s), later ones reuse it.
        Path install = DISTRIBUTION.install(config);
        try {
            Files.createDirectories(home);
            Path importDir = Files.createDirectories(install.resolve("data/import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
                if (realm == null) {
                    throw new IllegalStateException(REALM_RESOURCE + " is not on the class path");
                }
                Files.copy(realm, importDir.resolve("claimdesk-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak in " + install, e);
        }
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + config.keycloakHeap(),
                // The install is shared by every stack: keep each instance's transaction log apart.
                "JAVA_OPTS_APPEND", "-Dquarkus.transaction-manager.object-store.directory="
                        + home.resolve("transaction-logs")
                        // A connection idle for a second is checked before Keycloak uses it: after PostgreSQL
                        // restarts, logins would otherwise fail on the pool's dead connections one by one.
                        + " -Dquarkus.datasource.jdbc.foreground-validation-interval=1S");

        return new Launch(List.of(install.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port(),
                "--http-management-port=" + config.keycloakManagementPort(),
                "--import-realm",
                "--db=postgres",
                "--db-url=" + postgres.jdbcUrl(DATABASE),
                "--db-username=" + PostgresServer.USER,
                "--db-password=" + PostgresServer.PASSWORD), env, home,
                HealthProbe.http(URI.create(realmUrl() + "/.well-known/openid-configuration")));
    }

}
