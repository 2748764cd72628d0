package io.claimdesk.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/** The page-load benchmark's browser: Debian's Chromium over the DevTools protocol, against a page served here. */
class HeadlessBrowserTest {

    static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body>"
            + "<article class=\"card\" id=\"card-1\">a</article><article class=\"card\" id=\"card-2\">b</article>"
            + "</body></html>";

    @Test
    void opensAPageWaitsForItsLoadEventAndReadsTheBrowsersOwnTimings() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (HeadlessBrowser browser = HeadlessBrowser.start(HeadlessBrowser.DEFAULT_EXECUTABLE)) {
            browser.open("http://127.0.0.1:" + server.getAddress().getPort() + "/board");

            JsonNode timings = browser.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0];"
                    + " return { load: n.loadEventEnd, status: n.responseStatus,"
                    + " cards: document.querySelectorAll('article.card').length }; })()");
            assertThat(timings.path("status").asInt()).isEqualTo(200);
            assertThat(timings.path("load").asDouble()).isPositive();
            assertThat(timings.path("cards").asInt()).isEqualTo(2);
            assertThatThrownBy(() -> browser.awaitTrue("false", Duration.ofMillis(200)))
                    .isInstanceOf(IOException.class).hasMessageContaining("did not get to");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysWhatToInstallWhenThereIsNoBrowser() {
        assertThatThrownBy(() -> HeadlessBrowser.start("/nonexistent/chromium")).isInstanceOf(IOException.class)
                .hasMessageContaining("install Debian's chromium package");
    }
}
