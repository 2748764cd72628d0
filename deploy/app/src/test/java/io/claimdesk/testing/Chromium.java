package io.claimdesk.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium for the browser tests (installed by .ci/run; Playwright never downloads a browser of its own), with
 * the Keycloak login the demo users go through.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Paths.get("../../docs/screenshots");
    public static final String ENGLISH = "en-US";
    public static final String FRENCH = "fr-FR";

    private Chromium() {
    }

    /** Headless, without the background connections this machine's closed network would refuse. */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh session whose Accept-Language (which chooses the pages' language) follows the locale. */
    public static BrowserContext context(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000).setLocale(locale));
    }

    /** Fills Keycloak's login page; the realm's demo users have their username as password. */
    public static void logIn(Page in, String username) {
        in.locator("#username").fill(username);
        in.locator("#password").fill(username);
        in.locator("#kc-login").click();
    }

    /** Opens the app's path, logs in on the Keycloak page it leads to, and checks the path is back. */
    public static void logInAt(Page in, URL app, String path, String username) {
        in.navigate(url(app, path));
        logIn(in, username);
        assertThat(in).hasURL(url(app, path));
    }

    public static String url(URL app, String path) {
        try {
            return new URL(app, path).toString();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
