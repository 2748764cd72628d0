package io.claimdesk.api.article;

import static io.claimdesk.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Articles given by URL are fetched on the server with a time and size limit; what cannot be fetched is refused with a
 * message, and nothing is stored. The pages come from a small HTTP server on this machine (allowed in tests only).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ArticleFromUrlTest {

    static final String PAGE = """
            <html><head><title>Le site</title></head><body><nav>Menu</nav>
            <article><h1>Le Nil a débordé</h1><p>Le Nil a débordé de 4 mètres au Caire le 3 mars 2026, selon le
            ministère égyptien de l'Irrigation.</p></article></body></html>""";

    private static HttpServer server;

    @BeforeAll
    static void servePages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/article.html", exchange -> answer(exchange, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/article.html");
            answer(exchange, 302, "text/plain", "");
        });
        server.createContext("/huge", exchange -> answer(exchange, 200, "text/plain", "x".repeat(2_100_000)));
        server.createContext("/image", exchange -> answer(exchange, 200, "image/png", "\u0089PNG"));
        server.createContext("/missing", exchange -> answer(exchange, 404, "text/html", "<p>no</p>"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(6_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "text/html", PAGE);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aPageGivenByUrlIsFetchedTitledAndItsClaimsExtractedAfterRedirects() {
        as("edith").body(Map.of("url", url("/moved"))).post("/api/v1/articles")
                .then().statusCode(201)
                .body("title", is("Le Nil a débordé"))
                .body("url", is(url("/article.html")))
                .body("claims.text", hasItem(containsString("4 mètres")));
    }

    @Test
    void pagesThatCannotBeUsedAreRefusedWithTheReason() {
        refused("/huge", "larger than");
        refused("/image", "not HTML or plain text");
        refused("/missing", "HTTP 404");
        refused("/slow", "no page came back within");
        as("edith").body(Map.of("url", "file:///etc/passwd")).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("http:// or https://"));
    }

    @Test
    void theUrlOfAnArticleGivenWithItsTextIsAWebAddressToo() {
        // It becomes a link on the public ClaimReview: a javascript: URL there would run in readers' browsers.
        for (String url : new String[]{"javascript:alert(document.domain)//http://x",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "file:///etc/passwd"}) {
            as("edith")
                    .body(Map.of("title", "Lien " + url, "text", "Le Nil a débordé de 4 mètres en 2026.", "url", url))
                    .post("/api/v1/articles")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("http:// or https://"));
        }
        as("edith").body(Map.of("title", "Lien correct", "text", "Le Nil a débordé de 4 mètres en 2026.", "url",
                "https://www.example.org/nil")).post("/api/v1/articles")
                .then().statusCode(201).body("url", is("https://www.example.org/nil"));
    }

    private static void refused(String path, String reason) {
        as("edith").body(Map.of("title", "Refusé " + path, "url", url(path))).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(reason));
        as("edith").get("/api/v1/articles").then().statusCode(200)
                .body("title", org.hamcrest.Matchers.not(hasItem("Refusé " + path)));
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers a request to the test's local page server (shared with ArticleFetchDefencesTest). */
    static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
