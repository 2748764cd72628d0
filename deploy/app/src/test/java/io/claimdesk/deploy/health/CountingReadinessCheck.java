package io.claimdesk.deploy.health;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A readiness check of the tests that counts how often it runs, so a test can see health requests being cached. */
@Readiness
@ApplicationScoped
public class CountingReadinessCheck implements HealthCheck {

    static final String NAME = "Test check that counts its runs";

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public HealthCheckResponse call() {
        calls.incrementAndGet();
        return HealthCheckResponse.up(NAME);
    }

    public int calls() {
        return calls.get();
    }
}
