package io.claimdesk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
 * The pages in Debian's Chromium: Keycloak login, the board, assigning in place, deadlines, drafts with evidence,
 * corrections, bulk actions, live updates, the public search, escaping, French and English. Browsers ask for English
 * unless a test says otherwise, whatever the machine's language.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardBrowserTest extends ChromiumTest {

    static final String EDITOR = "edith";
    static final String OTHER_EDITOR = "adam";
    static final String REVIEWER = "rita";
    static final List<String> COLUMNS = List.of("EXTRACTED", "ASSIGNED", "AWAITING_APPROVAL", "CORRECTION",
            "PUBLISHED", "DISCARDED");
    static final List<String> COLUMN_HEADINGS = List.of("Extracted", "Assigned", "Awaiting approval", "Correction",
            "Published", "Discarded");
    static final String DEADLINE_INPUT = "2030-01-15T12:00";
    static final String DEADLINE_SHOWN = "due Jan 15, 2030, 12:00 UTC";
    static final String EVIDENCE_URL = "https://www.example.org/archives-izvestia";
    static final String EVIDENCE_QUOTE = "La rencontre a eu lieu le 28 juin.";
    static final String EVIDENCE_NOTE = "Dépêche originale de l'agence.";
    static final String CORRECTION_NOTE = "La date de la rencontre est fausse.";
    static final double LIVE_UPDATE_TIMEOUT_MS = 10_000;
    static final String ADDED_SPAN = "Le général Haftar";
    static final String MERGED_TEXT = "Haftar a rencontré le ministre russe à Moscou.";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String CHECKED_CLAIM = "Le vaccin Quorvane contre la grippe a provoqué 214 décès en Suisse en 2025,"
            + " selon l'Office fédéral de la santé.";
    static final String REPHRASED_CLAIM = "Selon l'Office fédéral de la santé, 214 personnes sont mortes en Suisse en"
            + " 2025 à cause du vaccin antigrippal Quorvane.";
    static final Duration MATCHED_WITHIN = Duration.ofSeconds(60);
    static final String HOSTILE_TEXT = "The minister said unemployment fell by 45% in 2023 " + SCRIPT
            + " in every region of the country. Officials reported that exports doubled in 2022 according to customs.";
    static final double SUBMISSION_TIMEOUT_MS = 60_000;
    static final Path SCREENSHOTS = Chromium.SCREENSHOTS;
    static final String ENGLISH = Chromium.ENGLISH;
    static final String FRENCH = Chromium.FRENCH;
    static final List<String> FRENCH_COLUMN_HEADINGS = List.of("Extraite", "Attribuée", "En attente d'approbation",
            "En correction", "Publiée", "Écartée");
    // French puts a no-break space (narrow in recent JDKs) before the percent sign.
    static final Pattern FRENCH_SCORE = Pattern.compile("score \\d+[\u00a0\u202f]%");

    /**
     * Content-Security-Policy violations, and uncaught errors in our own scripts (/js/), that the page reported; each
     * test ends with none. (htmx's own errors are left out: a swap racing the live refresh can raise one.)
     */
    final List<String> scriptProblems = new CopyOnWriteArrayList<>();

    // After ChromiumTest has opened the page.
    @BeforeEach
    void watchForScriptProblems() {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                scriptProblems.add(message.location() + ": " + message.text());
            }
        });
        page.onPageError(error -> {
            if (error.contains("/js/")) {
                scriptProblems.add(page.url() + ": " + error);
            }
        });
    }

    // Before ChromiumTest closes the session.
    @AfterEach
    void reportScriptProblems() {
        org.assertj.core.api.Assertions.assertThat(scriptProblems)
                .as("CSP violations and script errors in the browser").isEmpty();
    }

    @Test
    void boardSendsVisitorToKeycloakLoginThenShowsColumnsAndWhoIsLoggedIn() {
        page.navigate(url("app/board"));

        assertThat(page).hasURL(Pattern.compile(".*/realms/claimdesk/protocol/openid-connect/auth.*"));
        assertThat(page.locator("#kc-login")).isVisible();
        logIn(EDITOR);

        assertThat(page).hasURL(url("app/board"));
        for (int i = 0; i < COLUMNS.size(); i++) {
            assertThat(page.locator("#column-" + COLUMNS.get(i))).containsText(COLUMN_HEADINGS.get(i));
        }
        assertThat(page.locator("header .username")).hasText(EDITOR);
        assertThat(page.locator("header .roles")).containsText("editor");
        assertThat(page.locator("header form.logout button")).isVisible();
    }

    @Test
    void theSignOutButtonEndsTheSessionAndTheBoardAsksForALoginAgain() {
        logInAt("app/board", REVIEWER);

        page.locator("header form.logout button").click();

        page.waitForURL(url("search"));
        assertThat(page.locator("header .username")).hasCount(0);
        page.navigate(url("app/board"));
        assertThat(page.locator("#kc-login")).isVisible();
    }

    // First, so the screenshot shows the sample article's claims rather than the other tests' data.
    @Test
    @Order(1)
    void editorAssignsAnExtractedClaimFromTheBoardWithoutReloadingThePage() throws IOException {
        logInAt("app/articles/new", EDITOR);
        submitArticle(SampleArticle.TITLE, SampleArticle.text());
        page.navigate(url("app/board"));

        Locator card = page.locator("#board-EXTRACTED article.card").filter(
                new Locator.FilterOptions().setHas(page.locator("form[action$='/assign']"))).first();
        String claimLink = card.locator(".claim-text a").getAttribute("href");
        card.locator("select[name=reviewer]").selectOption("rita");
        page.evaluate("window.stillTheSamePage = true");
        card.locator("button", new Locator.LocatorOptions().setHasText("Assign")).click();

        Locator assigned = page.locator("#board-ASSIGNED article.card").filter(
                new Locator.FilterOptions().setHas(page.locator("a[href='" + claimLink + "']")));
        // In a full run the board holds hundreds of claims from earlier test classes: its page takes a while.
        assertThat(assigned).containsText("assigned to rita",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_UPDATE_TIMEOUT_MS));
        assertThat(page.locator("#board-EXTRACTED a[href='" + claimLink + "']")).hasCount(0);
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);

        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.png")));
    }

    // After the sample article, so the French screenshot shows its claims too.
    @Test
    @Order(2)
    void frenchSpeakingEditorLogsInToAFrenchBoardThenSwitchesToEnglish() throws IOException {
        ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Tableau en français"));
        try (BrowserContext french = newBrowserContext(FRENCH)) {
            Page inFrench = french.newPage();
            logInAt(inFrench, "app/board", EDITOR);

            assertThat(inFrench.locator("html")).hasAttribute("lang", "fr");
            assertThat(inFrench.locator("h1")).hasText("Tableau");
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertThat(inFrench.locator("#column-" + COLUMNS.get(i))).containsText(FRENCH_COLUMN_HEADINGS.get(i));
            }
            assertThat(inFrench.locator("#board-EXTRACTED article.card .meta").first()).containsText(FRENCH_SCORE);
            assertThat(inFrench.locator("header form.logout button")).hasText("Se déconnecter");
            assertThat(inFrench.locator("nav.languages [aria-current]")).hasText("FR");
            Files.createDirectories(SCREENSHOTS);
            inFrench.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.fr.png")));

            inFrench.locator("nav.languages a[hreflang=en]").click();

            assertThat(inFrench).hasURL(url("app/board"));
            assertThat(inFrench.locator("html")).hasAttribute("lang", "en");
            assertThat(inFrench.locator("h1")).hasText("Board");
            assertThat(inFrench.locator("#column-AWAITING_APPROVAL")).containsText("Awaiting approval");
            // The choice outlives the page: the browser still asks for French, the pages stay English.
            inFrench.navigate(url("search"));
            assertThat(inFrench.locator("h1")).hasText("Search published verdicts");
        }
    }

    @Test
    void editorAssignsAClaimWithADeadlineAndTheBoardShowsIt() {
        long id = ClaimStates.claimIn(ClaimStatus.EXTRACTED, ClaimStates.article("Deadline on the board"));
        logInAt("app/claims/" + id, EDITOR);

        page.locator("#assign-strategy-" + id).selectOption("NAMED");
        page.locator("#assign-" + id).selectOption(REVIEWER);
        page.locator("#assign-deadline-" + id).fill(DEADLINE_INPUT);
        page.locator("form[action$='/" + id + "/assign'] button[type=submit]").click();

        assertThat(page.locator("h1 .badge")).hasText("Assigned");
        assertThat(page.locator("dd.deadline")).containsText("Jan 15, 2030, 12:00 UTC");
        page.navigate(url("app/board"));
        Locator card = page.locator("#board-ASSIGNED #card-" + id);
        assertThat(card).containsText("assigned to " + REVIEWER);
        assertThat(card.locator(".deadline")).hasText(DEADLINE_SHOWN);
        assertThat(card.locator(".overdue")).hasCount(0);
    }

    @Test
    void reviewerSavesADraftWithEvidenceFindsItFilledInAfterReloadingThenSubmitsIt() {
        long id = ClaimStates.claimIn(ClaimStatus.ASSIGNED, ClaimStates.article("Draft with evidence"));
        logInAt("app/claims/" + id, REVIEWER);

        page.locator("#rating-" + id).selectOption("MOSTLY_FALSE");
        page.locator("#explanation-" + id).fill("Les archives de l'agence donnent une autre date.");
        page.locator("#evidence-url-" + id + "-1").fill(EVIDENCE_URL);
        page.locator("#evidence-quote-" + id + "-1").fill(EVIDENCE_QUOTE);
        page.locator("#evidence-note-" + id + "-1").fill(EVIDENCE_NOTE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.locator("form.verdict .draft-saved")).isVisible();

        page.reload();
        assertThat(page.locator("#rating-" + id)).hasValue("MOSTLY_FALSE");
        assertThat(page.locator("#explanation-" + id)).hasValue("Les archives de l'agence donnent une autre date.");
        assertThat(page.locator("#evidence-url-" + id + "-1")).hasValue(EVIDENCE_URL);
        assertThat(page.locator("#evidence-quote-" + id + "-1")).hasValue(EVIDENCE_QUOTE);
        assertThat(page.locator("#evidence-note-" + id + "-1")).hasValue(EVIDENCE_NOTE);
        assertThat(page.locator("#evidence-url-" + id + "-3")).hasValue("");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit verdict")).click();
        assertThat(page.locator("h1 .badge")).hasText("Awaiting approval");
        assertThat(page.locator(".verdict-summary .evidence-list")).containsText(EVIDENCE_QUOTE);
        assertThat(page.locator("form.verdict")).hasCount(0);
    }

    @Test
    void editorReopensAPublishedVerdictForCorrectionAndAnotherEditorPublishesTheCorrection() throws IOException {
        long id = ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Correction in the pages"));
        logInAt("app/claims/" + id, EDITOR);

        page.locator("summary", new Page.LocatorOptions().setHasText("Reopen for correction")).click();
        page.locator("#reopen-note-" + id).fill(CORRECTION_NOTE);
        page.locator("form[action$='/reopen'] button[type=submit]").click();
        assertThat(page.locator("h1 .badge")).hasText("Correction");
        assertThat(page.locator(".verdict-summary")).containsText(CORRECTION_NOTE);
        Api.as(REVIEWER).body(ClaimStates.verdict("MISLEADING")).post("/api/v1/claims/{id}/verdict", id)
                .then().statusCode(200);

        try (BrowserContext otherEditor = newBrowserContext()) {
            Page adams = otherEditor.newPage();
            logInAt(adams, "app/claims/" + id, OTHER_EDITOR);
            adams.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish correction")).click();

            assertThat(adams.locator("h1 .badge")).hasText("Published");
            assertThat(adams.locator("table.revisions tbody tr")).hasCount(2);
            assertThat(adams.locator("table.revisions tbody tr").nth(1)).containsText(CORRECTION_NOTE);
            Locator reopened = adams.locator("table.history tr",
                    new Page.LocatorOptions().setHasText("reopen for correction"));
            assertThat(reopened).containsText(EDITOR);
            Locator published = adams.locator("table.history tr",
                    new Page.LocatorOptions().setHasText("publish correction"));
            assertThat(published.locator("td.before")).hasText("revision 1: FALSE");
            assertThat(published.locator("td.after")).hasText("revision 2: MISLEADING");

            Files.createDirectories(SCREENSHOTS);
            adams.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("claim.png")).setFullPage(true));
        }
    }

    @Test
    void bulkDiscardReportsWhatWasDoneAndWhatWasRefusedPerClaim() {
        long article = ClaimStates.article("Bulk discard");
        long open = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        long published = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article);
        logInAt("app/board?article=" + article, EDITOR);

        page.locator("#select-" + open).check();
        page.locator("#select-" + published).check();
        page.locator("#bulk-action").selectOption("DISCARD");
        page.locator("#bulk-reason").fill("Doublon d'une autre vérification.");
        page.locator("#bulk-form button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("Bulk discard");
        assertThat(page.locator("#outcome-" + open + " .outcome")).hasText("done");
        assertThat(page.locator("#outcome-" + open)).containsText("Discarded");
        assertThat(page.locator("#outcome-" + published + " .outcome")).hasText("refused");
        assertThat(page.locator("#outcome-" + published)).containsText("it is PUBLISHED");
    }

    @Test
    void boardShowsAnotherEditorsAssignmentLiveWithoutReloading() {
        long article = ClaimStates.article("Live board");
        long id = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        // Filtered to its article: the whole board shows only the first cards of each column.
        logInAt("app/board?article=" + article, EDITOR);
        assertThat(page.locator("#board-EXTRACTED #card-" + id)).isVisible();
        assertThat(page.locator("body")).hasAttribute("data-live", "on",
                new LocatorAssertions.HasAttributeOptions().setTimeout(LIVE_UPDATE_TIMEOUT_MS));
        page.evaluate("window.stillTheSamePage = true");

        try (BrowserContext otherEditor = newBrowserContext()) {
            Page adams = otherEditor.newPage();
            logInAt(adams, "app/claims/" + id, OTHER_EDITOR);
            adams.locator("#assign-strategy-" + id).selectOption("NAMED");
            adams.locator("#assign-" + id).selectOption("remy");
            adams.locator("form[action$='/" + id + "/assign'] button[type=submit]").click();
            assertThat(adams.locator("h1 .badge")).hasText("Assigned");
        }

        assertThat(page.locator("#board-ASSIGNED #card-" + id)).containsText("assigned to remy",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_UPDATE_TIMEOUT_MS));
        assertThat(page.locator("#board-EXTRACTED #card-" + id)).hasCount(0);
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
    }

    @Test
    void editorAddsAClaimFromTypedOffsetsAndMergesTwoClaimsOnTheArticlePage() {
        long article = ClaimStates.article("Add and merge in the pages");
        ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        logInAt("app/articles/" + article, EDITOR);
        assertThat(page.locator(".rollup-summary")).containsText("to assign");

        page.locator("#add-start").fill("0");
        page.locator("#add-end").fill(String.valueOf(ADDED_SPAN.length()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add claim")).click();
        page.waitForTimeout(3000);
        System.out.println("DEBUG-LINKS " + page
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ADDED_SPAN).setExact(true)).evaluateAll(
                        "els => els.map(e => e.outerHTML + ' IN ' + e.parentElement.outerHTML.substring(0, 300))"));
        // In the claim list only: "already checked?" beside a claim may link to a published verdict of the same words.
        Locator claimLinks = page.locator("#claims-heading ~ article.card .claim-text");
        assertThat(claimLinks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ADDED_SPAN)
                .setExact(true))).hasCount(1);

        page.locator("input[form=merge-form]").nth(0).check();
        page.locator("input[form=merge-form]").nth(1).check();
        page.locator("#merge-text").fill(MERGED_TEXT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Merge ticked claims")).click();

        assertThat(claimLinks.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(MERGED_TEXT)
                .setExact(true))).hasCount(1);
        assertThat(page.locator(".rollup-summary")).containsText("2 discarded");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article.png")).setFullPage(true));
    }

    @Test
    void reviewerSeesThatTheirClaimWasAlreadyCheckedAndConfirmsTheMatch() throws IOException {
        long checked = Api.claimContaining(Api.submitArticle("Quorvane : le bilan", CHECKED_CLAIM), "Quorvane");
        Api.assign(checked, REVIEWER, EDITOR).then().statusCode(200);
        Api.verdict(checked, "FALSE", REVIEWER).then().statusCode(200);
        Api.approve(checked, EDITOR).then().statusCode(200);
        Api.awaitSearchable("Quorvane", checked, MATCHED_WITHIN);
        long claim = Api.claimContaining(Api.submitArticle("Quorvane, encore", REPHRASED_CLAIM), "Quorvane");
        Api.assign(claim, REVIEWER, EDITOR).then().statusCode(200);
        assertThat(Api.awaitMatches(claim, MATCHED_WITHIN)).isNotEmpty();

        logInAt("app/claims/" + claim, REVIEWER);
        Locator match = page.locator(".match").first();
        assertThat(match).containsText("False");
        assertThat(match.locator("a")).hasAttribute("href", "/verdicts/" + checked);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("matches.png")).setFullPage(true));
        match.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Confirm")))
                .click();

        assertThat(page).hasURL(url("app/claims/" + claim));
        assertThat(page.locator(".match").first().locator(".decision")).hasText("confirmed by " + REVIEWER);
    }

    @Test
    void boardFiltersByArticleRatingAndAssigneeAndKeepsTheFilterInItsAddress() {
        long article = ClaimStates.article("Filtered board");
        long published = ClaimStates.claimIn(ClaimStatus.PUBLISHED, article);
        long assigned = ClaimStates.claimIn(ClaimStatus.ASSIGNED, article);
        logInAt("app/board?article=" + article, EDITOR);
        assertThat(page.locator("#card-" + published)).isVisible();
        assertThat(page.locator("#card-" + assigned)).isVisible();

        page.locator("#filter-rating").selectOption("FALSE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page).hasURL(Pattern.compile(".*article=" + article + ".*rating=FALSE.*"));
        assertThat(page.locator("#board-columns article.card")).hasCount(1);
        assertThat(page.locator("#card-" + published)).isVisible();

        page.navigate(url("app/board?article=" + article + "&assignee=-"));
        assertThat(page.locator("#card-" + assigned)).hasCount(0);
        assertThat(page.locator("#board-columns article.card").first()).containsText("unassigned");
        assertThat(page.locator("#board-columns")).hasAttribute("hx-get",
                "/app/board?article=" + article + "&assignee=-");
    }

    @Test
    void editorReadsThroughputAndTimeToPublicationOnTheDashboard() {
        ClaimStates.claimIn(ClaimStatus.PUBLISHED, ClaimStates.article("Dashboard"));
        logInAt("app/dashboard", EDITOR);

        assertThat(page.locator("h1")).hasText("Dashboard");
        assertThat(page.locator(".published-count")).not().hasText("0");
        assertThat(page.locator(".median")).not().hasText("—");
        assertThat(page.locator("svg rect.bar.published")).not().hasCount(0);
        assertThat(page.locator("svg rect.bar.time")).not().hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard.png")).setFullPage(true));

        page.locator("#days").selectOption("7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page).hasURL(url("app/dashboard?days=7"));
        assertThat(page.locator(".dashboard-table tbody tr")).hasCount(7);
    }

    @Test
    void publicSearchAnswersWithoutLogin() {
        Response response = page.navigate(url("search"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page).hasURL(url("search"));
        assertThat(page.locator("h1")).hasText("Search published verdicts");
        assertThat(page.locator("form[role=search] input[name=q]")).isVisible();
        assertThat(page.locator("form[role=search] select[name=rating]")).isVisible();
        assertThat(page.locator("header")).containsText("Log in");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search.png")));
    }

    @Test
    void scriptInAnArticleAndItsClaimIsShownAsTextAndNeverRuns() {
        List<String> dialogs = new CopyOnWriteArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        logInAt("app/articles/new", EDITOR);

        submitArticle("Inert markup " + SCRIPT, HOSTILE_TEXT);

        assertThat(page).hasURL(Pattern.compile(".*/app/articles/\\d+$"));
        assertThat(page.locator("h1")).hasText("Inert markup " + SCRIPT);
        assertThat(page.locator(".article-text")).containsText(SCRIPT);
        assertThat(page.locator("#claims-heading ~ article .claim-text").first()).containsText(SCRIPT);
        assertThat(page.locator("body script")).hasCount(0);

        page.navigate(page.url().replaceFirst("/app/articles/(\\d+)$", "/app/board?article=$1"));
        Locator card = page.locator("#board-EXTRACTED .claim-text", new Page.LocatorOptions().setHasText(SCRIPT))
                .first();
        assertThat(card).isVisible();
        card.locator("a").click();
        assertThat(page.locator("blockquote.claim-text")).containsText(SCRIPT);
        assertThat(page.locator("table.history")).containsText(EDITOR);
        assertThat(page.locator("body script")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void editorSeesTheApprovalQueueButNotTheReviewersDesk() {
        logInAt("app/approvals", EDITOR);
        assertThat(page.locator("h1")).hasText("Approvals");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("approvals.png")));

        Response desk = page.navigate(url("app/my"));
        assertThat(desk.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Reviewers only");
    }

    private static BrowserContext newBrowserContext() {
        return newBrowserContext(ENGLISH);
    }

    private static BrowserContext newBrowserContext(String locale) {
        return Chromium.context(browser, locale);
    }

    private void logInAt(String path, String username) {
        logInAt(page, path, username);
    }

    private void logInAt(Page in, String path, String username) {
        Chromium.logInAt(in, app, path, username);
    }

    private void logIn(String username) {
        logIn(page, username);
    }

    private static void logIn(Page in, String username) {
        Chromium.logIn(in, username);
    }

    private void submitArticle(String title, String text) {
        page.getByLabel("Title").fill(title);
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(text);
        page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true)).selectOption("auto");
        page.locator("form.stacked button[type=submit]").click();
        // Claim extraction loads its language models on first use: give the first submission time.
        assertThat(page).hasURL(Pattern.compile(".*/app/articles/\\d+$"),
                new PageAssertions.HasURLOptions().setTimeout(SUBMISSION_TIMEOUT_MS));
    }

}
