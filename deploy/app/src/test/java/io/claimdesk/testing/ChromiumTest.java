package io.claimdesk.testing;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every browser test class shares: one Chromium for the class, a fresh English-speaking session and page for each
 * test, and the application's address.
 */
public abstract class ChromiumTest {

    protected static Playwright playwright;
    protected static Browser browser;

    @TestHTTPResource("/")
    protected URL app;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openFreshBrowserSession() {
        context = Chromium.context(browser, Chromium.ENGLISH);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserSession() {
        context.close();
    }

    protected String url(String path) {
        return Chromium.url(app, path);
    }
}
