package io.claimdesk.deploy.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.claimdesk.workflow.publication.VerdictOutbox;
import io.claimdesk.workflow.publication.VerdictOutbox.OutboxLag;

/**
 * Shows how far public search lags behind approvals. Always up: a lag means Elasticsearch is slow or away, which its
 * own check reports, while the app keeps approving (the outbox catches up).
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    VerdictOutbox outbox;

    @Override
    @ActivateRequestContext
    public HealthCheckResponse call() {
        OutboxLag lag = outbox.lag();
        return HealthCheckResponse.named("Search index outbox").up()
                .withData("pending", lag.pending())
                .withData("oldestPendingAgeSeconds", lag.oldestPendingAge().toSeconds()).build();
    }
}
