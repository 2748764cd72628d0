package io.claimdesk.ui.claim;

import static io.claimdesk.testing.Api.claimContaining;
import static io.claimdesk.testing.Api.submitArticle;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SignedInForms;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A claim's page shows the sentence the article wrote, with what the rewrite dropped and added marked. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class SourceSentenceTest {

    @Test
    void theClaimPageMarksWhatTheRewriteChangedInTheArticlesSentence() {
        JsonPath article = submitArticle("Usines en Bretagne",
                "L'entreprise Armor Textiles a embauché 200 salariés et a ouvert deux usines en Bretagne.");
        long claimId = claimContaining(article, "deux usines");

        String page = SignedInForms.signIn("edith", "/app/claims/" + claimId).request()
                .get("/app/claims/" + claimId).then().statusCode(200).extract().asString();

        assertThat(page).contains("class=\"source-sentence\"")
                .containsPattern("<del>[^<]*embauché 200 salariés et [^<]*</del>")
                .doesNotContain("<ins>");
    }
}
