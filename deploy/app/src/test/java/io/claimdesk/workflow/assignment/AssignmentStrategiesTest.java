package io.claimdesk.workflow.assignment;

import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.Eventually;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Assignment reads the reviewers, their languages and topics from the real Keycloak (realm file: rita fr/en
 * politics/international, remy en/fr health/economy, adam no attributes) and applies each strategy.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AssignmentStrategiesTest {

    /** The realm's users holding the reviewer role; edith (editor only) is not one. */
    static final List<String> REALM_REVIEWERS = List.of("adam", "remy", "rita");

    @Test
    void theReviewerDirectoryIsReadFromKeycloak() {
        as("edith").get("/api/v1/reviewers").then().statusCode(200)
                .body("username", is(REALM_REVIEWERS))
                .body("find { it.username == 'rita' }.languages", is(List.of("fr", "en")))
                .body("find { it.username == 'remy' }.topics", is(List.of("health", "economy")));
    }

    @Test
    void eachUnnamedAssignmentGoesToTheReviewerHoldingFewestOpenClaims() {
        long article = ClaimStates.article("Charge");
        for (int i = 0; i < REALM_REVIEWERS.size() * 2; i++) {
            Map<String, Long> load = openLoad();
            String expected = REALM_REVIEWERS.stream()
                    .min(Comparator.<String>comparingLong(load::get).thenComparing(r -> r)).orElseThrow();
            long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);

            as("edith").body(Map.of()).post("/api/v1/claims/{id}/assign", claim).then().statusCode(200)
                    .body("assignee", is(expected));
            assertThat(openLoad().get(expected)).isEqualTo(load.get(expected) + 1);
        }
    }

    @Test
    void topicMatchGivesTheClaimToTheReviewerCoveringItsTopics() {
        long health = as("edith").body(Map.of("title", "Santé", "text", ClaimStates.TEXT, "topics",
                List.of("Health"))).post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, health);
        as("edith").get("/api/v1/claims/{id}", claim).then().body("topics", is(List.of("Health")));

        as("edith").body(Map.of("strategy", "topic")).post("/api/v1/claims/{id}/assign", claim).then()
                .statusCode(200).body("assignee", is("remy"));

        long international = ClaimStates.claimIn(ClaimStatus.EXTRACTED, health);
        as("edith").body(Map.of("topics", List.of("international"))).patch("/api/v1/claims/{id}", international)
                .then().statusCode(200);
        as("edith").body(Map.of("strategy", "TOPIC")).post("/api/v1/claims/{id}/assign", international).then()
                .statusCode(200).body("assignee", is("rita"));

        long noTopic = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Sans sujet"));
        as("edith").body(Map.of("strategy", "TOPIC")).post("/api/v1/claims/{id}/assign", noTopic).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("no topics"));
    }

    @Test
    void languageMatchPicksAReviewerWhoReadsTheArticle() {
        long french = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Langue"));
        String assignee = as("edith").body(Map.of("strategy", "LANGUAGE")).post("/api/v1/claims/{id}/assign", french)
                .then().statusCode(200).extract().path("assignee");
        assertThat(assignee).isIn("rita", "remy");

        long german = as("edith").body(Map.of("title", "Deutsch", "language", "de", "text",
                "Die Regierung hat im Jahr 2023 insgesamt 4,5 Milliarden Euro für Verteidigung ausgegeben."))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, german);
        as("edith").body(Map.of("strategy", "LANGUAGE")).post("/api/v1/claims/{id}/assign", claim).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("'de'"));
    }

    @Test
    void onlyRealReviewersCanBeNamedAndEditorsMayReassign() {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Noms"));
        as("edith").body(Map.of("reviewer", "edith")).post("/api/v1/claims/{id}/assign", claim).then()
                .statusCode(400).body("detail", containsString("reviewer role"));
        as("edith").body(Map.of("reviewer", "rita")).post("/api/v1/claims/{id}/assign", claim).then()
                .statusCode(200);
        as("edith").body(Map.of("reviewer", "rita")).post("/api/v1/claims/{id}/reassign", claim).then()
                .statusCode(400).body("detail", containsString("already"));
        as("adam").body(Map.of("reviewer", "remy")).post("/api/v1/claims/{id}/reassign", claim).then()
                .statusCode(200).body("assignee", is("remy"));
        as("edith").get("/api/v1/claims/{id}/history", claim).then().body("before[-1]", is("rita"))
                .body("after[-1]", is("remy"));
    }

    @Test
    void reassigningByStrategyMovesTheClaimAwayFromItsHolder() {
        long claim = ClaimStates.claimIn(ClaimStatus.ASSIGNED, ClaimStates.article("Relève"));

        String next = as("edith").body(Map.of("strategy", "LEAST_LOADED")).post("/api/v1/claims/{id}/reassign", claim)
                .then().statusCode(200).extract().path("assignee");
        assertThat(next).isIn("adam", "remy");
    }

    @Test
    void aMissedDeadlineShowsTheClaimAsOverdue() {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Délais"));
        as("edith").body(Map.of("deadline", "2020-01-01T00:00:00Z")).put("/api/v1/claims/{id}/deadline", claim)
                .then().statusCode(400).body("detail", containsString("past"));
        as("edith").body(Map.of("deadline", "demain")).put("/api/v1/claims/{id}/deadline", claim).then()
                .statusCode(400).contentType("application/problem+json");

        Instant soon = Instant.now().plusSeconds(2);
        as("edith").body(Map.of("reviewer", "rita", "deadline", soon.toString()))
                .post("/api/v1/claims/{id}/assign", claim).then().statusCode(200).body("overdue", is(false));
        Eventually.within(Duration.ofSeconds(10), () -> as("edith").get("/api/v1/claims/{id}", claim).then()
                .body("overdue", is(true)));
        List<Integer> overdue = as("edith").queryParam("overdue", true).get("/api/v1/claims").jsonPath()
                .getList("id");
        assertThat(overdue).contains((int) claim);
    }

    @Test
    void aDeadlineBeyondTenYearsIsRefusedInsteadOfStoredAsAnotherDate() {
        long claim = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Échéance lointaine"));
        for (String far : new String[]{"+584556049-04-02T14:25:52Z", "9999-12-31T23:59:59Z",
                Instant.now().plus(Duration.ofDays(366 * 11)).toString()}) {
            as("edith").body(Map.of("deadline", far)).put("/api/v1/claims/{id}/deadline", claim)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("more than 10 years ahead"));
            as("edith").body(Map.of("reviewer", "rita", "deadline", far)).post("/api/v1/claims/{id}/assign", claim)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("more than 10 years ahead"));
        }
        as("edith").get("/api/v1/claims/{id}", claim).then().statusCode(200)
                .body("deadline", org.hamcrest.Matchers.nullValue())
                .body("status", is("EXTRACTED"));
        as("edith").body(Map.of("deadline", Instant.now().plus(Duration.ofDays(365 * 9)).toString()))
                .put("/api/v1/claims/{id}/deadline", claim).then().statusCode(200);
    }

    /** Open claims per reviewer, as the directory endpoint reports them. */
    private static Map<String, Long> openLoad() {
        List<Map<String, Object>> reviewers = as("edith").get("/api/v1/reviewers").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Long> load = new HashMap<>();
        reviewers.forEach(r -> load.put((String) r.get("username"), ((Number) r.get("openClaims")).longValue()));
        return load;
    }
}
