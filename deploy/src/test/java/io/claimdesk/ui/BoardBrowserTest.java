package io.claimdesk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PageAssertions;

import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.SampleArticle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The pages in Debian's Chromium: Keycloak login, the board, assigning in place, the public search, escaping. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardBrowserTest {

    static final String EDITOR = "edith";
    static final List<String> COLUMNS = List.of("EXTRACTED", "ASSIGNED", "AWAITING_APPROVAL", "PUBLISHED",
            "DISCARDED");
    static final List<String> COLUMN_HEADINGS = List.of("Extracted", "Assigned", "Awaiting approval", "Published",
            "Discarded");
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_TEXT = "The minister said unemployment fell by 45% in 2023 " + SCRIPT
            + " in every region of the country. Officials reported that exports doubled in 2022 according to customs.";
    static final double SUBMISSION_TIMEOUT_MS = 60_000;
    static final Path SCREENSHOTS = Paths.get("../docs/screenshots");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL app;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openFreshBrowserSession() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserSession() {
        context.close();
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
        assertThat(page.locator("header a[href='/logout']")).isVisible();
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
        assertThat(assigned).containsText("assigned to rita");
        assertThat(page.locator("#board-EXTRACTED a[href='" + claimLink + "']")).hasCount(0);
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);

        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("board.png")));
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

        page.navigate(url("app/board"));
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

        Response desk = page.navigate(url("app/my"));
        assertThat(desk.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Reviewers only");
    }

    private void logInAt(String path, String username) {
        page.navigate(url(path));
        logIn(username);
        assertThat(page).hasURL(url(path));
    }

    // The realm's test users have their username as password.
    private void logIn(String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(username);
        page.locator("#kc-login").click();
    }

    private void submitArticle(String title, String text) {
        page.getByLabel("Title").fill(title);
        page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill(text);
        page.getByLabel("Language").selectOption("auto");
        page.locator("form.stacked button[type=submit]").click();
        // Claim extraction loads its language models on first use: give the first submission time.
        assertThat(page).hasURL(Pattern.compile(".*/app/articles/\\d+$"),
                new PageAssertions.HasURLOptions().setTimeout(SUBMISSION_TIMEOUT_MS));
    }

    private String url(String path) {
        try {
            return new URL(app, path).toString();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
