package io.claimdesk.testing;

import static io.claimdesk.testing.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimdesk.core.claim.ClaimStatus;

/**
 * Puts fresh claims into any workflow status through the public API, the way users would: edith (editor) adds and
 * assigns, rita (reviewer) writes the verdict, edith approves or reopens it.
 */
public final class ClaimStates {

    public static final String TEXT = "Le général Haftar a rencontré le ministre russe de la Défense le 27 juin 2016"
            + " à Moscou, selon Izvestia. Il dit contrôler 80 % des terminaux pétroliers.";

    private ClaimStates() {
    }

    /** A small article to hang claims on. */
    public static long article(String title) {
        return as("edith").body(Map.of("title", title, "text", TEXT, "language", "fr"))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An article with its own text, language, team (null: the configured publisher) and topics. */
    public static long article(String title, String text, String language, String team, List<String> topics) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "text", text, "language", language,
                "topics", topics));
        if (team != null) {
            body.put("team", team);
        }
        return as("edith").body(body).post("/api/v1/articles").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A new claim of the article, walked to the status: assigned to rita, rita's verdict, edith's approval. */
    public static long claimIn(ClaimStatus status, long articleId) {
        return claimIn(status, articleId, 0, 77);
    }

    /** A new claim of the article's text from start to end, walked to the status like {@link #claimIn}. */
    public static long claimIn(ClaimStatus status, long articleId, int start, int end) {
        long id = as("edith").body(Map.of("start", start, "end", end)).post("/api/v1/articles/{id}/claims", articleId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        switch (status) {
            case EXTRACTED -> {
            }
            case DISCARDED -> post("edith", id, "discard", Map.of("reason", "Hors sujet."));
            case ASSIGNED -> post("edith", id, "assign", Map.of("reviewer", "rita"));
            case AWAITING_APPROVAL -> toAwaitingApproval(id);
            case PUBLISHED -> {
                toAwaitingApproval(id);
                post("edith", id, "approve", Map.of());
            }
            case CORRECTION -> {
                toAwaitingApproval(id);
                post("edith", id, "approve", Map.of());
                post("edith", id, "reopen", Map.of("note", "La date est fausse.", "reviewer", "rita"));
                post("rita", id, "verdict", verdict("MISLEADING"));
            }
        }
        return id;
    }

    /** A complete verdict body. */
    public static Map<String, Object> verdict(String rating) {
        return Map.of("rating", rating, "explanation", "Les archives de l'agence contredisent la date.",
                "evidence", List.of(Map.of("url", "https://www.example.org/archives",
                        "quote", "La rencontre a eu lieu le 28 juin.", "note", "Dépêche originale.")));
    }

    private static void toAwaitingApproval(long id) {
        post("edith", id, "assign", Map.of("reviewer", "rita"));
        post("rita", id, "verdict", verdict("FALSE"));
    }

    private static void post(String user, long id, String action, Map<String, Object> body) {
        as(user).body(body).post("/api/v1/claims/{id}/" + action, id).then().statusCode(200);
    }
}
