package io.claimdesk.faults;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * PostgreSQL killed with SIGKILL under load: requests needing the database answer 503 with Retry-After, none is lost or
 * half-written, and the app recovers by itself once the database is back.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class PostgresKillTest {

    @Test
    void noApprovalIsLostAndClientsSeeOnlyClearErrors() throws Exception {
        LocalStack stack = LocalStackResource.stack();
        new FaultDrill("postgres-kill", URI.create("http://localhost:" + RestAssured.port), stack, stack.postgres())
                .run();
    }
}
