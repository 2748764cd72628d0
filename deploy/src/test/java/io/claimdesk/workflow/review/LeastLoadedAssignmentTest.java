package io.claimdesk.workflow.review;

import static io.claimdesk.testing.Api.as;
import static io.claimdesk.testing.Api.assign;
import static io.claimdesk.testing.Api.claimContaining;
import static io.claimdesk.testing.Api.submitSample;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Assignment without a named reviewer goes to the least-loaded user holding the reviewer role in Keycloak. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class LeastLoadedAssignmentTest {

    /** The realm's users holding the reviewer role; edith (editor only) is not one. */
    static final List<String> REALM_REVIEWERS = List.of("adam", "remy", "rita");

    @Test
    void unnamedAssignmentPicksTheLeastLoadedReviewerFromKeycloak() {
        long claimId = claimContaining(submitSample("edith"), "Syrte");
        Map<String, Long> load = openLoad();
        String expected = REALM_REVIEWERS.stream()
                .min(Comparator.<String>comparingLong(r -> load.getOrDefault(r, 0L)).thenComparing(r -> r))
                .orElseThrow();

        String assignee = assign(claimId, null, "edith").then().statusCode(200).extract().path("assignee");

        assertThat(assignee).isEqualTo(expected);
    }

    @Test
    void repeatedUnnamedAssignmentsSpreadTheWorkAcrossReviewers() {
        List<Map<String, Object>> claims = submitSample("edith").getList("claims");
        List<String> assignees = claims.stream().limit(REALM_REVIEWERS.size() * 2L)
                .map(c -> ((Number) c.get("id")).longValue())
                .map(id -> assign(id, null, "edith").then().statusCode(200).extract().<String>path("assignee"))
                .toList();

        assertThat(assignees).isSubsetOf(REALM_REVIEWERS).doesNotContain("edith");
        Map<String, Long> load = openLoad();
        long most = REALM_REVIEWERS.stream().mapToLong(r -> load.getOrDefault(r, 0L)).max().orElseThrow();
        long least = REALM_REVIEWERS.stream().mapToLong(r -> load.getOrDefault(r, 0L)).min().orElseThrow();
        assertThat(most - least).as("open claims per reviewer stay balanced: %s", load).isLessThanOrEqualTo(1);
    }

    private static Map<String, Long> openLoad() {
        List<Map<String, Object>> open = as("edith").get("/api/v1/claims").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return open.stream()
                .filter(c -> c.get("assignee") != null)
                .filter(c -> List.of("ASSIGNED", "AWAITING_APPROVAL").contains(c.get("status")))
                .collect(Collectors.groupingBy(c -> (String) c.get("assignee"), Collectors.counting()));
    }
}
