package io.claimdesk.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application with the outbox's scheduled tick an hour apart: after the drain at start-up, only the wake-up that
 * an approval's commit sends can index a verdict within a test.
 */
public class SleepingOutboxProfile implements QuarkusTestProfile {

    public SleepingOutboxProfile() {
        NativeLibraryCopies.freshForNextApplication();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("claimdesk.outbox.interval", "1h");
    }
}
