package io.claimdesk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.Api;
import io.claimdesk.testing.Chromium;
import io.claimdesk.testing.ChromiumTest;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SampleArticle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A day's work of each demo user, in the pages only, logged in through the real Keycloak page: edith (editor) turns an
 * article into assigned claims and decides on verdicts; rita (reviewer) works her queue; remy (reviewer) revises a
 * verdict sent back to him; adam (admin) moves an absent reviewer's work and publishes; a reader on a phone searches
 * without logging in. What another role did before is set up through the API, as that role.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class DemoUsersBrowserTest extends ChromiumTest {

    static final double SUBMISSION_TIMEOUT_MS = 60_000;
    static final double PUBLICATION_TIMEOUT_MS = 30_000;
    static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);
    static final String REJECTION = "Il manque la source primaire : citez le communiqué du ministère.";
    static final String EVIDENCE_URL = "https://www.example.org/archives-izvestia";
    static final String FOURTH_EVIDENCE_URL = "https://www.example.org/communique-ministere";
    static final String UNIQUE_WORD = "paquebots";
    static final int PHONE_HEIGHT = 844;
    static final String ADAMS_WORD = "téléphérique";
    static final Pattern ARTICLE_PAGE = Pattern.compile(".*/app/articles/\\d+$");

    @Test
    void edithSubmitsAnArticleAssignsTwoOfItsClaimsThenApprovesOneVerdictAndSendsTheOtherBack() throws IOException {
        Chromium.logInAt(page, app, "app/articles/new", "edith");
        page.getByLabel("Title").fill("La journée d'Edith");
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(SampleArticle.text());
        page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true)).selectOption("fr");
        Files.createDirectories(Chromium.SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("submit.png")));
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page).hasURL(ARTICLE_PAGE, new PageAssertions.HasURLOptions().setTimeout(SUBMISSION_TIMEOUT_MS));
        String article = page.url().replaceFirst(".*/app/articles/", "");

        List<Long> claims = cardIds(page.locator("#claims-heading ~ article.card"));
        assertThat(claims).as("claims extracted from the sample article").hasSizeGreaterThanOrEqualTo(2);
        long toRita = claims.get(0);
        long toRemy = claims.get(1);
        assignOnClaimPage(toRita, "rita");
        assignOnClaimPage(toRemy, "remy");

        Api.verdict(toRita, "FALSE", "rita").then().statusCode(200);
        Api.verdict(toRemy, "MOSTLY_TRUE", "remy").then().statusCode(200);

        // The queue shows the longest waiting first: narrowed to this article, so other tests' verdicts stay out.
        page.navigate(url("app/approvals?article=" + article));
        Locator ritas = page.locator("#claim-" + toRita);
        assertThat(ritas.locator(".verdict-summary")).containsText("False");
        ritas.locator("#approve-comment-" + toRita).fill("Vérifié deux fois.");
        ritas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(page.locator("#claim-" + toRita)).hasCount(0);

        Locator remys = page.locator("#claim-" + toRemy);
        remys.locator("#reject-reason-" + toRemy).fill(REJECTION);
        remys.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject")).click();
        assertThat(page.locator("#claim-" + toRemy)).hasCount(0);

        page.navigate(url("app/claims/" + toRita));
        assertThat(page.locator("h1 .badge")).hasText("Published");
        page.navigate(url("app/claims/" + toRemy));
        assertThat(page.locator("h1 .badge")).hasText("Assigned");
        assertThat(page.locator("table.history")).containsText(REJECTION);
    }

    @Test
    void ritaWorksHerQueueInDeadlineOrderAddingEvidenceRowsInThePageThenSubmits() throws IOException {
        long article = ClaimStates.article("La file de Rita");
        long later = assignedWithDeadline(article, "rita", "2031-03-01T09:00:00Z");
        long sooner = assignedWithDeadline(article, "rita", "2030-06-01T09:00:00Z");

        Chromium.logInAt(page, app, "app/my", "rita");
        assertThat(cardIds(page.locator("article.card"))).as("My claims, nearest deadline first")
                .containsSubsequence(sooner, later);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("my-claims.png")));

        page.locator("#claim-" + sooner + " h2 a").click();
        assertThat(page).hasURL(url("app/claims/" + sooner));
        page.locator("#rating-" + sooner).selectOption("MOSTLY_FALSE");
        page.locator("#explanation-" + sooner).fill("Les archives de l'agence donnent une autre date.");
        page.locator("#evidence-url-" + sooner + "-1").fill(EVIDENCE_URL);
        page.locator("#evidence-quote-" + sooner + "-1").fill("La rencontre a eu lieu le 28 juin.");
        assertThat(page.locator("#evidence-url-" + sooner + "-4")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an evidence row")).click();
        page.locator("#evidence-url-" + sooner + "-4").fill(FOURTH_EVIDENCE_URL);
        assertThat(page.locator("label[for=evidence-url-" + sooner + "-4]")).containsText("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.locator("form.verdict .draft-saved")).isVisible();

        page.reload();
        assertThat(page.locator("#evidence-url-" + sooner + "-1")).hasValue(EVIDENCE_URL);
        assertThat(page.locator("#evidence-url-" + sooner + "-2")).hasValue(FOURTH_EVIDENCE_URL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit verdict")).click();
        assertThat(page.locator("h1 .badge")).hasText("Awaiting approval");
        assertThat(page.locator(".verdict-summary")).containsText(FOURTH_EVIDENCE_URL);

        page.navigate(url("app/my"));
        assertThat(page.locator("#claim-" + sooner)).hasCount(0);
        assertThat(page.locator("#claim-" + later)).isVisible();
    }

    @Test
    void remySeesWhyHisVerdictWasSentBackRevisesItAndSubmitsAgain() {
        long id = assignedWithDeadline(ClaimStates.article("Le verdict renvoyé"), "remy", "2030-02-01T09:00:00Z");
        Api.verdict(id, "TRUE", "remy").then().statusCode(200);
        Api.reject(id, REJECTION, "edith").then().statusCode(200);

        Chromium.logInAt(page, app, "app/my", "remy");
        Locator card = page.locator("#claim-" + id);
        assertThat(card.locator(".sent-back")).containsText("Sent back by edith");
        assertThat(card.locator(".sent-back")).containsText(REJECTION);

        card.locator("h2 a").click();
        assertThat(page.locator("form.verdict .sent-back")).containsText(REJECTION);
        assertThat(page.locator("#rating-" + id)).hasValue("TRUE");
        assertThat(page.locator("#explanation-" + id)).not().isEmpty();
        page.locator("#rating-" + id).selectOption("MISLEADING");
        page.locator("#sources-" + id).fill("https://www.example.org/source-officielle\n" + FOURTH_EVIDENCE_URL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit verdict")).click();

        assertThat(page.locator("h1 .badge")).hasText("Awaiting approval");
        assertThat(page.locator(".verdict-summary")).containsText("Misleading");
        assertThat(page.locator("table.history")).containsText(REJECTION);
    }

    @Test
    void adamMovesAnAbsentReviewersClaimToAnotherAndPublishesHerVerdictForTheReaders() throws IOException {
        String text = "Le " + ADAMS_WORD + " du Salève a transporté 310 000 passagers en 2025, selon son exploitant.";
        long article = ClaimStates.article("Le travail d'Adam", text, "fr", null, List.of());
        long held = ClaimStates.claimIn(ClaimStatus.ASSIGNED, article, 0, text.length());
        long awaiting = ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, article, 0, text.length());

        Chromium.logInAt(page, app, "app/board?article=" + article, "adam");
        page.locator("#select-" + held).check();
        page.locator("#bulk-action").selectOption("REASSIGN");
        page.locator("#bulk-strategy").selectOption("NAMED");
        page.locator("#bulk-reviewer").selectOption("remy");
        page.locator("#bulk-reason").fill("Rita est en congé cette semaine.");
        page.locator("#bulk-form button[type=submit]").click();
        assertThat(page.locator("#outcome-" + held + " .outcome")).hasText("done");
        page.navigate(url("app/claims/" + held));
        assertThat(page.locator("dd.assignee")).hasText("remy");

        page.navigate(url("app/approvals?article=" + article));
        page.locator("#claim-" + awaiting).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(page.locator("#claim-" + awaiting)).hasCount(0);

        Api.awaitSearchable(ADAMS_WORD, awaiting, SEARCHABLE_WITHIN);
        page.navigate(url("verdicts/" + awaiting));
        assertThat(page.locator("article.permalink .rating")).containsText("False");
        String jsonLd = page.locator("script[type='application/ld+json']").textContent();
        assertThat(jsonLd).contains("ClaimReview").contains("/verdicts/" + awaiting);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("verdict.png"))
                .setFullPage(true));
    }

    @Test
    void aReaderOnAPhoneFindsAPublishedVerdictWithoutLoggingInAndThePageFitsTheScreen() throws IOException {
        long id = publishedOnItsOwn("Sur un téléphone");
        Api.awaitSearchable(UNIQUE_WORD, id, SEARCHABLE_WITHIN);

        try (BrowserContext phone = browser
                .newContext(new Browser.NewContextOptions().setViewportSize(390, PHONE_HEIGHT)
                        .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale(Chromium.FRENCH))) {
            Page reader = phone.newPage();
            reader.navigate(url("search?q=" + UNIQUE_WORD));
            assertThat(reader.locator("h1")).hasText("Rechercher les verdicts publiés");
            assertThat(fitsTheScreen(reader)).as("the search page is no wider than the phone").isTrue();
            assertThat(reader.locator(".search-layout .results").boundingBox().y)
                    .as("the answers come before the facets on a phone")
                    .isLessThan(reader.locator(".search-layout .facets").boundingBox().y);
            reader.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("search.phone.png")));

            reader.locator("a[href='/verdicts/" + id + "']").click();
            assertThat(reader).hasURL(url("verdicts/" + id));
            assertThat(reader.locator("article.permalink .rating")).isVisible();
            assertThat(reader.locator("script[type='application/ld+json']")).hasCount(1);
            assertThat(fitsTheScreen(reader)).as("the verdict page is no wider than the phone").isTrue();
            assertThat(reader.locator("header")).not().containsText("edith");
        }
    }

    /** The claim ids of the cards (id="claim-N"), in page order. */
    private static List<Long> cardIds(Locator cards) {
        Object ids = cards.evaluateAll("cards => cards.map(card => card.id.replace('claim-', ''))");
        return ((List<?>) ids).stream().map(id -> Long.valueOf(String.valueOf(id))).toList();
    }

    private void assignOnClaimPage(long id, String reviewer) {
        page.navigate(url("app/claims/" + id));
        page.locator("#assign-strategy-" + id).selectOption("NAMED");
        page.locator("#assign-" + id).selectOption(reviewer);
        page.locator("#assign-deadline-" + id).fill("2030-01-15T12:00");
        page.locator("form[action$='/" + id + "/assign'] button[type=submit]").click();
        assertThat(page.locator("h1 .badge")).hasText("Assigned",
                new LocatorAssertions.HasTextOptions().setTimeout(PUBLICATION_TIMEOUT_MS));
        assertThat(page.locator("dd.assignee")).hasText(reviewer);
    }

    private static long assignedWithDeadline(long article, String reviewer, String deadline) {
        long id = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        as("edith").body(Map.of("reviewer", reviewer, "deadline", deadline)).post("/api/v1/claims/{id}/assign", id)
                .then().statusCode(200);
        return id;
    }

    /** A published claim whose text no other test uses, so the search finds it first. */
    static long publishedOnItsOwn(String title) {
        String text = "Le port de Saint-Malo a accueilli 412 " + UNIQUE_WORD + " en 2024, selon la capitainerie.";
        long article = ClaimStates.article(title, text, "fr", null, List.of());
        return ClaimStates.claimIn(ClaimStatus.PUBLISHED, article, 0, text.length());
    }

    private static boolean fitsTheScreen(Page in) {
        return (Boolean) in.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

}
