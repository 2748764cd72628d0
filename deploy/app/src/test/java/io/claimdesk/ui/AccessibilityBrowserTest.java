package io.claimdesk.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;

import io.claimdesk.core.claim.ClaimStatus;
import io.claimdesk.testing.Api;
import io.claimdesk.testing.Chromium;
import io.claimdesk.testing.ChromiumTest;
import io.claimdesk.testing.ClaimStates;
import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page passes axe-core's WCAG 2 A and AA rules (labels, names, contrast, landmarks, language…) in Chromium, in
 * English and in French, and the keyboard reaches the content first through the skip link.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AccessibilityBrowserTest extends ChromiumTest {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

    @Test
    void theNewsroomPagesPassWcagAAndAaForAnEditor() {
        long article = ClaimStates.article("Accessible pages");
        long extracted = ClaimStates.claimIn(ClaimStatus.EXTRACTED, article);
        ClaimStates.claimIn(ClaimStatus.AWAITING_APPROVAL, article);
        ClaimStates.claimIn(ClaimStatus.PUBLISHED, article);
        Chromium.logInAt(page, app, "app/board?article=" + article, "edith");

        for (String path : List.of("app/board?article=" + article, "app/articles/" + article,
                "app/claims/" + extracted, "app/articles/new", "app/articles", "app/approvals?article=" + article,
                "app/dashboard")) {
            assertAccessible(path);
        }
    }

    @Test
    void theReviewersPagesPassWcagAAndAaInFrench() {
        long assigned = ClaimStates.claimIn(ClaimStatus.ASSIGNED, ClaimStates.article("Pages accessibles"));
        try (BrowserContext french = Chromium.context(browser, Chromium.FRENCH)) {
            page = french.newPage();
            Chromium.logInAt(page, app, "app/my", "rita");
            assertAccessible("app/my");
            assertAccessible("app/claims/" + assigned);
        }
    }

    @Test
    void thePublicPagesPassWcagAAndAaWithoutLogin() {
        long published = DemoUsersBrowserTest.publishedOnItsOwn("Public et accessible");
        Api.awaitSearchable(DemoUsersBrowserTest.UNIQUE_WORD, published, SEARCHABLE_WITHIN);

        assertAccessible("search?q=" + DemoUsersBrowserTest.UNIQUE_WORD);
        assertAccessible("verdicts/" + published);
    }

    // The check above must be able to fail: axe reports a field nobody labelled and text too pale to read.
    @Test
    void theRulesReportAnUnlabelledFieldAndPoorContrast() {
        page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                + "<input type=\"text\"><p style=\"color:#ccc;background:#fff\">pale</p></main></body></html>");

        List<String> rules = new AxeBuilder(page).withTags(WCAG_A_AA).analyze().getViolations().stream()
                .map(Rule::getId).toList();
        assertThat(rules).contains("label", "color-contrast");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichTakesTheKeyboardToTheContent() {
        page.navigate(Chromium.url(app, "search"));

        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Chromium.url(app, "search#main"));
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("document.getElementById('main').contains(document.activeElement)"))
                .as("the next Tab stays in the main content").isTrue();
    }

    private void assertAccessible(String path) {
        page.navigate(Chromium.url(app, path));
        AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).analyze();
        assertThat(results.getViolations()).as("WCAG A/AA violations on /%s:%n%s", path,
                describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " at " + rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))
                + " e.g. " + rule.getNodes().stream().findFirst().map(node -> node.getFailureSummary()).orElse(""))
                .collect(Collectors.joining("\n"));
    }
}
