package io.claimdesk.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimdesk.core.article.ArticleRepository;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SignedInForms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The submit form under /app with hostile text: pasted HTML nested deep, scripts, blanks, binary; never a 500. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ArticleFormHostileInputTest {

    private static final String SENTENCE = "Le ministre a déclaré que 40 % des écoles ont fermé en 2024. ";
    private static SignedInForms session;

    @Inject
    ArticleRepository articles;

    // Signed in on first use: the application's port is known only once a test runs.
    private static synchronized SignedInForms edith() {
        if (session == null) {
            session = SignedInForms.signIn("edith", "/app/articles/new");
        }
        return session;
    }

    @Test
    void deeplyNestedPastedHtmlIsReadOrExplained() {
        for (String html : List.of("<div>".repeat(50_000) + SENTENCE + "</div>".repeat(50_000),
                "<b><i>".repeat(20_000) + SENTENCE + "</i></b>", "<p>" + "<span>".repeat(30_000) + "</p>")) {
            Response answer = submit(Map.of("title", "Imbriqué", "text", html, "language", "auto"));
            assertThat(answer.statusCode()).as("nested html of %d characters", html.length()).isIn(303, 400);
            if (answer.statusCode() == 303) {
                assertThat(answer.header("Location")).matches(".*/app/articles/\\d+");
                edith().request().get(answer.header("Location")).then().statusCode(200);
            }
        }
    }

    @Test
    void refusedSubmissionsAnswerTheFormAgainAndStoreNothing() {
        long before = articleCount();
        for (Map<String, String> form : List.of(Map.of("title", "Blanc", "text", " \t\n\u00a0 "),
                Map.of("title", "Script", "text", "<script>alert(1)</script></script>"),
                Map.of("title", "", "text", SENTENCE), Map.of("title", "Nul", "text", "a\u0000b"),
                Map.of("title", "Langue", "text", SENTENCE, "language", "'; DROP TABLE article; --"),
                Map.of("title", "x".repeat(600), "text", SENTENCE))) {
            Response answer = submit(form);
            assertThat(answer.statusCode()).as("%s", form.keySet()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("text/html");
        }
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void aFormLargerThanTheLimitGets413() {
        Response answer = submit(Map.of("title", "Énorme", "text", SENTENCE.repeat(20_000_000 / SENTENCE.length())));
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void badIdsInPagePathsAreNeverA500() {
        for (String id : List.of("abc", "-1", "99999999999999999999", "..%2F..%2Fetc%2Fpasswd", "%00", "1.5")) {
            int status = edith().request().urlEncodingEnabled(false).get("/app/articles/" + id).statusCode();
            assertThat(status).as("/app/articles/" + id).isBetween(400, 499);
            status = edith().request().urlEncodingEnabled(false).get("/app/claims/" + id).statusCode();
            assertThat(status).as("/app/claims/" + id).isBetween(400, 499);
        }
    }

    private long articleCount() {
        return QuarkusTransaction.requiringNew().call(() -> articles.count());
    }

    private static Response submit(Map<String, String> form) {
        return edith().request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post("/app/articles");
    }
}
