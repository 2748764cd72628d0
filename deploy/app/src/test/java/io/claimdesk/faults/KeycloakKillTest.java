package io.claimdesk.faults;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Keycloak killed with SIGKILL under load: tokens already issued keep working, assignment (which reads reviewers from
 * Keycloak) answers 503 with Retry-After, and everything works again once it is back.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class KeycloakKillTest {

    @Test
    void noApprovalIsLostAndClientsSeeOnlyClearErrors() throws Exception {
        LocalStack stack = LocalStackResource.stack();
        new FaultDrill("keycloak-kill", URI.create("http://localhost:" + RestAssured.port), stack, stack.keycloak())
                .run();
    }
}
