package io.claimdesk.workflow.review;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every change is in the claim's history with its actor, and the database itself refuses to rewrite history. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theHistoryListsEveryStepWithItsActorAndCannotBeRewritten() throws SQLException {
        long claim = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Audit"));

        List<Map<String, Object>> history = as("remy").get("/api/v1/claims/{id}/history", claim).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(history).extracting(h -> h.get("action") + " by " + h.get("actor") + " → " + h.get("to"))
                .containsExactly("ADD by edith → EXTRACTED", "ASSIGN by edith → ASSIGNED",
                        "SUBMIT_VERDICT by rita → AWAITING_APPROVAL", "APPROVE by edith → PUBLISHED");
        assertThat(history.get(1).get("after")).isEqualTo("rita");
        assertThat(history).allSatisfy(h -> assertThat(h.get("at")).isNotNull());

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(
                    () -> statement.executeUpdate("UPDATE claim_event SET actor = 'mallory' WHERE claim_id = "
                            + claim))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM claim_event WHERE claim_id = " + claim))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM verdict_revision WHERE claim_id = "
                    + claim)).hasMessageContaining("append-only");
        }
        assertThat(as("remy").get("/api/v1/claims/{id}/history", claim).jsonPath().getList("actor"))
                .doesNotContain("mallory").hasSize(4);
    }
}
