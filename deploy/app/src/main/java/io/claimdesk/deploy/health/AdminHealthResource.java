package io.claimdesk.deploy.health;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.claimdesk.workflow.security.Roles;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;

/**
 * Every health check with its details (the Keycloak realm URL, the search outbox's pending count and oldest age, the
 * extraction models' state, errors), for admins only: the public {@code /q/health} says UP or DOWN and nothing more
 * ({@link PublicHealthAnswer}). Runs the checks now, uncached.
 */
@Path("/api/v1/admin/health")
@RolesAllowed(Roles.ADMIN)
public class AdminHealthResource {

    @Inject
    SmallRyeHealthReporter reporter;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        SmallRyeHealth health = reporter.getHealth();
        return Response.status(health.isDown() ? 503 : 200).entity(health.getPayload().toString()).build();
    }
}
