package io.claimdesk.workflow.review;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Fifty editors approving one claim at the same moment: one approval wins, the others are told it is done. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ConcurrentApprovalTest {

    static final int APPROVALS = 50;

    @Test
    void fiftyConcurrentApprovalsOfOneClaimPublishItExactlyOnce() throws Exception {
        long claim = ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, ClaimStates.article("Cinquante"));
        Tokens.of("edith");
        Tokens.of("adam");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(APPROVALS);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < APPROVALS; i++) {
                String editor = i % 2 == 0 ? "edith" : "adam";
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(editor).body(Map.of()).post("/api/v1/claims/{id}/approve", claim);
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                codes.add(response.statusCode());
                if (response.statusCode() != 200) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.jsonPath().getString("currentStatus")).isEqualTo("PUBLISHED");
                }
            }
            assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
            assertThat(codes).filteredOn(c -> c == 409).hasSize(APPROVALS - 1);
        } finally {
            pool.shutdownNow();
        }
        List<String> actions = as("edith").get("/api/v1/claims/{id}/history", claim).jsonPath().getList("action");
        assertThat(actions).filteredOn("APPROVE"::equals).hasSize(1);
        assertThat(as("edith").get("/api/v1/claims/{id}/revisions", claim).jsonPath().getList("revision"))
                .containsExactly(1);
    }
}
