package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A stopped PostgreSQL cluster in the cache holding Keycloak's schema with the realm imported, which throwaway
 * stacks copy: on an empty database Keycloak spends about a minute creating its schema, on a copy a few seconds.
 */
final class KeycloakSeed {

    private KeycloakSeed() {
    }

    /** Returns the seed's data directory, building it first (PostgreSQL and Keycloak started once) if needed. */
    static Path ensure(StackConfig config, ServiceUser user) {
        Path seeds = config.cacheDir().resolve("seeds");
        String key = "keycloak-" + KeycloakServer.DISTRIBUTION.version() + "-pg-"
                + PostgresServer.DISTRIBUTION.version() + "-" + realmHash();
        Path seedData = seeds.resolve(key);
        try {
            Files.createDirectories(seeds);
            // Parallel test JVMs build it once.
            try (FileChannel channel = FileChannel.open(seeds.resolve(key + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (Files.exists(seedData.resolve("PG_VERSION"))) {
                    return seedData;
                }
                Instant start = Instant.now();
                StackConsole.say("building the Keycloak database seed (once per realm version; about a minute)");
                Path building = seeds.resolve(key + ".building");
                // Acquiring stops what an interrupted build left running; the stale files go with it.
                InstanceDirectory.acquire(building).release(true);
                InstanceDirectory buildingDir = InstanceDirectory.acquire(building);
                StackConfig seedConfig = config.withInstanceDir(building);
                PostgresServer postgres = new PostgresServer(seedConfig, user, List.of(KeycloakServer.DATABASE));
                KeycloakServer keycloak = new KeycloakServer(seedConfig, postgres);
                try {
                    postgres.start();
                    keycloak.start();
                } finally {
                    keycloak.stop();
                    postgres.stop();
                    buildingDir.close();
                }
                Files.move(postgres.dataDir(), seedData);
                ServerDistribution.deleteRecursively(building);
                StackConsole.say("Keycloak database seed built in "
                        + StackConsole.seconds(Duration.between(start, Instant.now())));
                return seedData;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Keycloak seed in " + seeds, e);
        }
    }

    private static String realmHash() {
        try (InputStream realm = KeycloakSeed.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(KeycloakServer.REALM_RESOURCE + " is not on the class path");
            }
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(realm.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
