package io.claimdesk.faults;

import java.net.URI;

import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Elasticsearch killed with SIGKILL under load: approvals go on (the outbox keeps them), searches answer 503 with
 * Retry-After, and once it is back the index catches up with every approval.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ElasticsearchKillTest {

    @Test
    void noApprovalIsLostAndClientsSeeOnlyClearErrors() throws Exception {
        LocalStack stack = LocalStackResource.stack();
        new FaultDrill("elasticsearch-kill", URI.create("http://localhost:" + RestAssured.port), stack,
                stack.elasticsearch())
                .run();
    }
}
