package io.claimdesk.testing;

import java.time.Duration;
import java.time.Instant;

/** Retries an assertion until it holds or the time is up; then fails with the last assertion's failure. */
public final class Eventually {

    private static final Duration PAUSE = Duration.ofMillis(250);

    private Eventually() {
    }

    public static void within(Duration limit, Runnable assertion) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("still failing after " + limit + ": " + e.getMessage(), e);
                }
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
