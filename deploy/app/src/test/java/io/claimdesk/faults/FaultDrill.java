package io.claimdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.claimdesk.deploy.stack.LocalServer;
import io.claimdesk.deploy.stack.LocalStack;

/**
 * One fault drill: a {@link ReviewLoad} runs, a server is killed with SIGKILL and left down for a while under load,
 * then started again; the drill then checks what the clients saw (never a 500, every 5xx a 503 with Retry-After as
 * problem+json), that no approval answered 200 was lost, that the search index converges to PostgreSQL and that no
 * claim is in an impossible state. Figures go to the console and to target/faults/NAME.txt for docs/faults.md.
 */
final class FaultDrill {

    static final int REVIEW_CLIENTS = 4;
    /** How long the killed server stays down before it is started again, the load running all along. */
    static final Duration DOWN_FOR = Duration.ofSeconds(8);
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(60);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(90);
    /** The outbox backs off up to 30 s while Elasticsearch is away, then needs a pass or two. */
    private static final Duration CONVERGENCE_LIMIT = Duration.ofSeconds(120);
    private static final int APPROVALS_AFTER_RECOVERY = 3;
    /** More than the handful of idle connections Keycloak's pool keeps, so a pool left with dead ones shows. */
    private static final int NEW_LOGINS = 12;

    private final String name;
    private final URI app;
    private final LocalStack stack;
    private final LocalServer victim;

    FaultDrill(String name, URI app, LocalStack stack, LocalServer victim) {
        this.name = name;
        this.app = app;
        this.stack = stack;
        this.victim = victim;
    }

    /** Runs the drill; returns its load, stopped, whose answers a test may examine further. */
    ReviewLoad run() throws Exception {
        Instant killedAt;
        Instant restartedAt;
        Instant healthyAt;
        Instant newLoginAt;
        java.util.concurrent.atomic.AtomicInteger loginPasses = new java.util.concurrent.atomic.AtomicInteger();
        ReviewLoad load = new ReviewLoad(app, REVIEW_CLIENTS);
        try {
            load.start(stack.keycloak().realmUrl());
            Instant loadStart = Instant.now();
            await("two approvals before the fault", WARM_UP_LIMIT, () -> load.successes("approve", loadStart) >= 2);

            load.phase("down");
            killedAt = Instant.now();
            victim.kill();
            assertThat(victim.isRunning()).as("%s after SIGKILL", victim.name()).isFalse();
            sleep(DOWN_FOR);
            restartedAt = Instant.now();
            load.phase("restarting");
            victim.start();
            healthyAt = Instant.now();
            load.phase("after");
            await(APPROVALS_AFTER_RECOVERY + " approvals after the restart", RECOVERY_LIMIT,
                    () -> load.successes("approve", healthyAt) >= APPROVALS_AFTER_RECOVERY
                            && load.successes("search", healthyAt) >= 1);
            // The next test class shares this stack: a server whose own connections died with the victim (Keycloak's
            // to PostgreSQL) must serve again before the drill may pass.
            await(NEW_LOGINS + " new logins in a row, each with the reviewer list, after the restart",
                    RECOVERY_LIMIT, () -> {
                        boolean served = load.servesNewLogins(stack.keycloak().realmUrl(), NEW_LOGINS);
                        loginPasses.incrementAndGet();
                        return served;
                    });
            newLoginAt = Instant.now();
        } finally {
            load.close();
            if (!victim.isRunning()) {
                victim.start();
            }
        }

        assertThat(load.unclearErrors()).as("server errors other than a 503 with Retry-After as problem+json")
                .isEmpty();
        Set<Long> approved = load.approved();
        Set<Long> created = load.created();
        Map<Long, Long> published;
        try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
            assertThat(IndexConvergence.existingInPostgres(db, created))
                    .as("claims whose creation was answered 201, still in PostgreSQL").containsAll(created);
            published = IndexConvergence.publishedInPostgres(db, created);
        }
        assertThat(published.keySet()).as("claims whose approval was answered 200, published in PostgreSQL")
                .containsAll(approved);

        Instant convergenceStart = Instant.now();
        Map<Long, Long>[] last = new Map[2];
        await("the index to hold exactly the published claims with their revisions", CONVERGENCE_LIMIT, () -> {
            try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
                last[0] = IndexConvergence.publishedInPostgres(db, created);
                last[1] = IndexConvergence.indexedInElasticsearch(stack.elasticsearch().hostAndPort(), created);
                return last[0].equals(last[1]);
            } catch (SQLException | IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, () -> "PostgreSQL " + last[0] + " vs Elasticsearch " + last[1]);
        Instant convergedAt = Instant.now();

        try (Connection db = stack.postgres().connect(LocalStack.APP_DATABASE)) {
            assertThat(ClaimInvariants.violations(db)).as("claims in an impossible state").isEmpty();
        }

        report(load, killedAt, restartedAt, healthyAt, newLoginAt, loginPasses.get(), convergenceStart, convergedAt,
                published.size());
        return load;
    }

    private void report(ReviewLoad load, Instant killedAt, Instant restartedAt, Instant healthyAt,
            Instant newLoginAt, int loginPasses, Instant convergenceStart, Instant convergedAt, int published)
            throws IOException {
        Set<Long> approved = load.approved();
        long approvedWhileDown = load.answers().stream().filter(a -> a.step().equals("approve")
                && a.status() == 200 && !a.at().isBefore(killedAt) && a.at().isBefore(healthyAt)).count();
        String text = String.join(System.lineSeparator(),
                "fault drill: " + name + " (SIGKILL of " + victim.name() + ", " + REVIEW_CLIENTS
                        + " review clients and one public reader)",
                "down " + seconds(killedAt, restartedAt) + " s, restart took " + seconds(restartedAt, healthyAt)
                        + " s (" + victim.name() + " healthy again " + seconds(killedAt, healthyAt)
                        + " s after the kill)",
                "first approval answered 200 after the restart: " + after(load.firstSuccess("approve", healthyAt),
                        healthyAt),
                "first search answered 200 after the restart: " + after(load.firstSuccess("search", healthyAt),
                        healthyAt),
                NEW_LOGINS + " new logins in a row, each with the reviewer list, answered 200: +"
                        + seconds(healthyAt, newLoginAt) + " s (" + (loginPasses - 1) + " earlier passes failed)",
                "index converged to PostgreSQL " + seconds(healthyAt, convergedAt) + " s after the restart ("
                        + seconds(convergenceStart, convergedAt) + " s after the load stopped)",
                "claims created " + load.created().size() + ", approvals answered 200: " + approved.size() + " ("
                        + approvedWhileDown + " while down), published in PostgreSQL " + published
                        + ", lost verdicts 0, server errors other than clear 503s 0",
                "statuses seen by the clients, by phase:",
                ReviewLoad.describe(load.tally()));
        System.out.println(text);
        Path file = Path.of("target", "faults", name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    private static String after(Optional<Instant> at, Instant from) {
        return at.map(t -> "+" + seconds(from, t) + " s").orElse("never");
    }

    private static String seconds(Instant from, Instant to) {
        return String.format(java.util.Locale.ROOT, "%.1f", Duration.between(from, to).toMillis() / 1000.0);
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) {
        await(what, limit, condition, () -> "");
    }

    private static void await(String what, Duration limit, BooleanSupplier condition,
            java.util.function.Supplier<String> state) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + " in vain "
                        + state.get());
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
