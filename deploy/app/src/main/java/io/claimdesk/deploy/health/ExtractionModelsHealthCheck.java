package io.claimdesk.deploy.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.claimdesk.workflow.extraction.ExtractionModels;

/**
 * Ready once the claim extraction models are in memory: the app answers HTTP while they load in the background, and a
 * load balancer sends it articles only when it can split them.
 */
@Readiness
@ApplicationScoped
public class ExtractionModelsHealthCheck implements HealthCheck {

    @Inject
    ExtractionModels models;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Claim extraction models")
                .status(models.state() == ExtractionModels.State.READY)
                .withData("state", models.state().name().toLowerCase(java.util.Locale.ROOT))
                .withData("seconds", models.elapsed().toSeconds());
        if (models.state() == ExtractionModels.State.FAILED) {
            response.withData("error", models.failure());
        }
        return response.build();
    }
}
