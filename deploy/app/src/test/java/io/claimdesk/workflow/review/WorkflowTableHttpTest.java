package io.claimdesk.workflow.review;

import static io.claimdesk.core.claim.ClaimStatus.ASSIGNED;
import static io.claimdesk.core.claim.ClaimStatus.AWAITING_APPROVAL;
import static io.claimdesk.core.claim.ClaimStatus.CORRECTION;
import static io.claimdesk.core.claim.ClaimStatus.DISCARDED;
import static io.claimdesk.core.claim.ClaimStatus.EXTRACTED;
import static io.claimdesk.core.claim.ClaimStatus.PUBLISHED;
import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every (status, action, user) triple over HTTP, against the real stack: it either succeeds as the expected table says
 * (and leaves the expected status and a history step) or is refused with 403 or 409 as problem+json, changing nothing.
 * The users are the demo team: rita (reviewer, holds the claim), remy (another reviewer), edith (editor) and adam
 * (admin, also editor and reviewer, never the verdict's author here).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class WorkflowTableHttpTest {

    static final List<String> USERS = List.of("rita", "remy", "edith", "adam");
    static final List<String> ACTIONS = List.of("ASSIGN", "REASSIGN", "UNASSIGN", "SET_DEADLINE", "EDIT", "SPLIT",
            "MERGE", "DISCARD", "RESTORE", "SAVE_DRAFT", "SUBMIT_VERDICT", "APPROVE", "REJECT", "REOPEN_FOR_CORRECTION",
            "PUBLISH_CORRECTION");

    /** What may act, per "STATUS ACTION": the users allowed, and the status after. Written from the brief. */
    static final Map<String, Expected> TABLE = new HashMap<>();

    record Expected(Set<String> users, ClaimStatus to) {
    }

    static {
        Set<String> team = Set.of("edith", "adam");
        Set<String> editors = Set.of("edith", "adam");
        Set<String> holder = Set.of("rita");
        expect(EXTRACTED, "ASSIGN", team, ASSIGNED);
        expect(EXTRACTED, "SET_DEADLINE", team, EXTRACTED);
        expect(EXTRACTED, "EDIT", team, EXTRACTED);
        expect(EXTRACTED, "SPLIT", team, DISCARDED);
        expect(EXTRACTED, "MERGE", team, DISCARDED);
        expect(EXTRACTED, "DISCARD", team, DISCARDED);
        expect(ASSIGNED, "REASSIGN", team, ASSIGNED);
        expect(ASSIGNED, "UNASSIGN", team, EXTRACTED);
        expect(ASSIGNED, "SET_DEADLINE", team, ASSIGNED);
        expect(ASSIGNED, "EDIT", team, ASSIGNED);
        expect(ASSIGNED, "SPLIT", team, DISCARDED);
        expect(ASSIGNED, "MERGE", team, DISCARDED);
        expect(ASSIGNED, "DISCARD", team, DISCARDED);
        expect(ASSIGNED, "SAVE_DRAFT", holder, ASSIGNED);
        expect(ASSIGNED, "SUBMIT_VERDICT", holder, AWAITING_APPROVAL);
        expect(AWAITING_APPROVAL, "SET_DEADLINE", team, AWAITING_APPROVAL);
        expect(AWAITING_APPROVAL, "APPROVE", editors, PUBLISHED);
        expect(AWAITING_APPROVAL, "REJECT", editors, ASSIGNED);
        expect(PUBLISHED, "REOPEN_FOR_CORRECTION", team, CORRECTION);
        expect(CORRECTION, "REASSIGN", team, CORRECTION);
        expect(CORRECTION, "SET_DEADLINE", team, CORRECTION);
        expect(CORRECTION, "SAVE_DRAFT", holder, CORRECTION);
        expect(CORRECTION, "SUBMIT_VERDICT", holder, CORRECTION);
        expect(CORRECTION, "REJECT", editors, CORRECTION);
        expect(CORRECTION, "PUBLISH_CORRECTION", editors, PUBLISHED);
        expect(DISCARDED, "RESTORE", team, EXTRACTED);
    }

    /** Users who hold a role that can take the action somewhere: elsewhere they get 409, not 403. */
    static final Map<String, Set<String>> MAY_EVER = Map.ofEntries(
            Map.entry("SAVE_DRAFT", Set.of("rita", "remy", "adam")),
            Map.entry("SUBMIT_VERDICT", Set.of("rita", "remy", "adam")));

    static long article;

    // Not @BeforeAll: the test's HTTP client is only pointed at the app once the first test runs.
    @BeforeEach
    void anArticle() {
        if (article != 0) {
            return;
        }
        article = ClaimStates.article("Table des transitions");
    }

    private static void expect(ClaimStatus from, String action, Set<String> users, ClaimStatus to) {
        TABLE.put(from + " " + action, new Expected(users, to));
    }

    @Test
    void everyStatusActionAndUserSucceedsOrIsRefusedAsTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (ClaimStatus status : ClaimStatus.values()) {
            for (String action : ACTIONS) {
                Expected expected = TABLE.get(status + " " + action);
                Set<String> allowed = expected == null ? Set.of() : expected.users();
                // Refusals change nothing, so they share one claim; each success needs its own.
                long shared = ClaimStates.claimIn(status, article);
                for (String user : USERS) {
                    if (allowed.contains(user)) {
                        continue;
                    }
                    long version = version(shared, "edith");
                    Response response = act(action, shared, user);
                    int code = refusalCode(status, action, user);
                    String where = status + " " + action + " by " + user;
                    if (response.statusCode() != code
                            || !response.contentType().startsWith("application/problem+json")) {
                        mismatches.add(where + ": expected " + code + " problem+json, got " + response.statusCode()
                                + " " + response.contentType() + " " + response.asString());
                    } else if (version(shared, "edith") != version) {
                        mismatches.add(where + ": refused but the claim changed");
                    }
                    checked++;
                }
                for (String user : allowed) {
                    long claim = ClaimStates.claimIn(status, article);
                    Response response = act(action, claim, user);
                    String where = status + " " + action + " by " + user;
                    if (response.statusCode() != 200) {
                        mismatches.add(where + ": expected 200, got " + response.statusCode() + " "
                                + response.asString());
                    } else {
                        Map<String, Object> after = as("edith").get("/api/v1/claims/{id}", claim).jsonPath()
                                .getMap("");
                        List<String> actions = as("edith").get("/api/v1/claims/{id}/history", claim).jsonPath()
                                .getList("action");
                        if (!expected.to().name().equals(after.get("status"))) {
                            mismatches.add(where + ": expected " + expected.to() + ", claim is " + after.get("status"));
                        }
                        if (!actions.get(actions.size() - 1).equals(action)) {
                            mismatches.add(where + ": the history's last step is " + actions.get(actions.size() - 1));
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(ClaimStatus.values().length * ACTIONS.size() * USERS.size());
    }

    private static int refusalCode(ClaimStatus status, String action, String user) {
        boolean userMayEver = TABLE.entrySet().stream()
                .anyMatch(e -> e.getKey().endsWith(" " + action) && e.getValue().users().contains(user))
                || MAY_EVER.getOrDefault(action, Set.of()).contains(user);
        boolean statusHasRow = TABLE.containsKey(status + " " + action);
        return userMayEver && !statusHasRow ? 409 : 403;
    }

    private static long version(long claim, String user) {
        return as(user).get("/api/v1/claims/{id}", claim).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    private static Response act(String action, long claim, String user) {
        return switch (action) {
            case "ASSIGN" -> post(user, claim, "assign", Map.of("reviewer", "rita"));
            case "REASSIGN" -> post(user, claim, "reassign", Map.of("reviewer", "remy"));
            case "UNASSIGN" -> post(user, claim, "unassign", Map.of());
            case "SET_DEADLINE" -> as(user).body(Map.of("deadline", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                    .put("/api/v1/claims/{id}/deadline", claim);
            case "EDIT" -> as(user).body(Map.of("text", "Haftar a rencontré Choïgou le 27 juin 2016."))
                    .patch("/api/v1/claims/{id}", claim);
            case "SPLIT" -> post(user, claim, "split", Map.of("parts", List.of(
                    Map.of("text", "Haftar a rencontré Choïgou."),
                    Map.of("text", "La rencontre a eu lieu à Moscou."))));
            case "MERGE" -> as(user)
                    .body(Map.of("claimIds", List.of(claim, ClaimStates.claimIn(EXTRACTED, article))))
                    .post("/api/v1/claims/merge");
            case "DISCARD" -> post(user, claim, "discard", Map.of("reason", "Doublon."));
            case "RESTORE" -> post(user, claim, "restore", Map.of());
            case "SAVE_DRAFT" -> as(user).body(Map.of("rating", "MISLEADING")).put("/api/v1/claims/{id}/draft", claim);
            case "SUBMIT_VERDICT" -> post(user, claim, "verdict", ClaimStates.verdict("MISLEADING"));
            case "APPROVE" -> post(user, claim, "approve", Map.of());
            case "REJECT" -> post(user, claim, "reject", Map.of("reason", "Une source de plus, s'il vous plaît."));
            case "REOPEN_FOR_CORRECTION" -> post(user, claim, "reopen", Map.of("note", "Nouvelle information."));
            case "PUBLISH_CORRECTION" -> post(user, claim, "publish-correction", Map.of());
            default -> throw new IllegalArgumentException(action);
        };
    }

    private static Response post(String user, long claim, String path, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/claims/{id}/" + path, claim);
    }
}
