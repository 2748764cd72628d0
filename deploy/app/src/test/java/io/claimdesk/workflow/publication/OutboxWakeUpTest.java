package io.claimdesk.workflow.publication;

import static io.claimdesk.testing.Api.approve;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.Api;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SleepingOutboxProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An approval wakes the outbox indexer when it commits: with the scheduled tick an hour away, the verdict still becomes
 * searchable (the limit is generous for a loaded machine; the benchmark measures the latency).
 */
@QuarkusTest
@TestProfile(SleepingOutboxProfile.class)
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class OutboxWakeUpTest {

    // A word no other test publishes, so the search lists these claims first.
    private static final String WORD = "Vellmarsk";
    private static final String TEXT = "Le port de " + WORD + " a exporté 40 % de pétrole en plus en 2016, selon le"
            + " ministère.";

    @Test
    void anApprovalIsIndexedWithoutWaitingForTheScheduledTick() {
        long article = ClaimStates.article("Le port de " + WORD, TEXT, "fr", null, List.of());
        long first = ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, article, 0, TEXT.length());
        long second = ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, article, 0, TEXT.length());

        approve(first, "edith").then().statusCode(200).body("status", is("PUBLISHED"));
        Api.awaitSearchable(WORD, first, Duration.ofSeconds(60));
        // A second approval after the first wake-up has run must wake the indexer again.
        approve(second, "adam").then().statusCode(200).body("status", is("PUBLISHED"));
        Api.awaitSearchable(WORD, second, Duration.ofSeconds(60));
    }
}
