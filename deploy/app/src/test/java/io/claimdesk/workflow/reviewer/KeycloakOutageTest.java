package io.claimdesk.workflow.reviewer;

import static io.claimdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.deploy.stack.KeycloakServer;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With Keycloak down, assignment (which reads reviewers from Keycloak) answers 503 with Retry-After and says so; the
 * claim stays as it was, and tokens issued before keep working for everything else.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class KeycloakOutageTest {

    @AfterEach
    void keycloakIsBack() {
        KeycloakServer keycloak = LocalStackResource.stack().keycloak();
        if (!keycloak.isRunning()) {
            keycloak.start();
        }
    }

    @Test
    void assignmentSaysKeycloakIsUnreachableAndChangesNothing() throws InterruptedException {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Panne Keycloak"));
        Tokens.of("edith");
        KeycloakServer keycloak = LocalStackResource.stack().keycloak();

        keycloak.stop();
        Thread.sleep(1_500); // the reviewer list is cached for 1 s in tests
        as("edith").body(Map.of()).post("/api/v1/claims/{id}/assign", claim).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("Keycloak"));
        as("edith").body(Map.of("reviewer", "rita")).post("/api/v1/claims/{id}/assign", claim).then()
                .statusCode(503);
        as("edith").get("/api/v1/claims/{id}", claim).then().statusCode(200).body("status", is("EXTRACTED"))
                .body("version", is(0));
        as("edith").body(Map.of("reason", "Hors sujet.")).post("/api/v1/claims/{id}/discard", claim).then()
                .statusCode(200);

        keycloak.start();
        as("edith").body(Map.of()).post("/api/v1/claims/{id}/restore", claim).then().statusCode(200);
        as("edith").body(Map.of()).post("/api/v1/claims/{id}/assign", claim).then().statusCode(200);
    }
}
