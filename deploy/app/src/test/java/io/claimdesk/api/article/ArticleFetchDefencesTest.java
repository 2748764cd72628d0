package io.claimdesk.api.article;

import static io.claimdesk.api.article.ArticleFromUrlTest.answer;
import static io.claimdesk.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.claimdesk.testing.LocalStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The URL fetcher's defences against server-side request forgery, on the running application. The tests' pages are
 * served from 127.0.0.1, the one address the test profile allows; every other address of this machine, every
 * special-purpose range and every ambiguous numeric form must be refused at the check, before any connection is opened,
 * so no test here sends anything to an address other than 127.0.0.1.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ArticleFetchDefencesTest {

    static final String PAGE = "<html><body><h1>Page servie</h1><p>Le Nil a débordé de 4 mètres.</p></body></html>";
    static final String REFUSED_ADDRESS = "own machine or of private or reserved networks";
    static final String AMBIGUOUS = "write it as four decimal numbers";
    static final String NO_PAGE = "no page came back within";
    static final int MAX_CONCURRENT = 3;

    private static HttpServer server;
    private static final AtomicLong dripCutAt = new AtomicLong();
    private static final AtomicInteger heldRequests = new AtomicInteger();
    private static volatile CountDownLatch release = new CountDownLatch(0);

    @BeforeAll
    static void servePages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/article.html", exchange -> answer(exchange, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/to-other-loopback", exchange -> redirect(exchange,
                "http://127.0.0.2:" + port() + "/article.html"));
        server.createContext("/to-integer-literal", exchange -> redirect(exchange,
                "http://2130706433:" + port() + "/article.html"));
        server.createContext("/to-interface", exchange -> redirect(exchange,
                "http://" + literal(interfaceAddresses().get(0)) + ":" + port() + "/article.html"));
        server.createContext("/drip", ArticleFetchDefencesTest::drip);
        server.createContext("/held", exchange -> {
            heldRequests.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "text/html", PAGE);
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void everyAddressOfThisMachinesInterfacesIsRefusedAtTheCheck() {
        List<InetAddress> addresses = interfaceAddresses();
        assertThat(addresses).as("this machine has a non-loopback interface address to test").isNotEmpty();
        for (InetAddress address : addresses) {
            refused("http://" + literal(address) + ":" + port() + "/article.html", REFUSED_ADDRESS);
        }
    }

    @Test
    void aRedirectToAnAddressOfThisMachineIsRefusedAtTheCheck() {
        refused(url("/to-interface"), REFUSED_ADDRESS);
    }

    @Test
    void aRedirectToAnotherLoopbackAddressIsRefused() {
        refused(url("/to-other-loopback"), REFUSED_ADDRESS);
    }

    @Test
    void integerAndShortenedLiteralsOfLoopbackAreRefused() {
        refused("http://2130706433:" + port() + "/article.html", AMBIGUOUS);
        refused("http://127.1:" + port() + "/article.html", AMBIGUOUS);
        refused("http://0x7f.1:" + port() + "/article.html", AMBIGUOUS);
        refused(url("/to-integer-literal"), AMBIGUOUS);
    }

    @Test
    void octalAndHexadecimalLiteralsAreRefusedAtTheCheck() {
        // Java reads 0177.0.0.1 as 177.0.0.1, curl and browsers as 127.0.0.1: neither is tried.
        refused("http://0177.0.0.1:9200/", AMBIGUOUS);
        refused("http://0x7f000001:9200/", AMBIGUOUS);
        refused("http://[::ffff:127.0.0.1]:" + port() + "/article.html", REFUSED_ADDRESS);
    }

    @Test
    void specialPurposeRangesAreRefusedAtTheCheck() {
        for (String host : new String[]{"0.0.0.0", "0.1.2.3", "10.0.0.1", "100.64.0.1", "169.254.169.254",
                "172.16.0.1", "192.0.0.8", "192.0.2.1", "192.168.0.1", "198.18.0.1", "198.51.100.1", "203.0.113.1",
                "224.0.0.1", "240.0.0.1", "255.255.255.255", "[::]", "[::1]", "[fc00::1]", "[fe80::1]", "[ff02::1]",
                "[64:ff9b::7f00:1]", "[2002:7f00:1::1]", "[2001:db8::1]", "[100::1]"}) {
            refused("http://" + host + ":80/", REFUSED_ADDRESS);
        }
    }

    @Test
    void everyFailureToGetAPageReadsTheSameWhateverThePortState() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = probe.getLocalPort();
        }
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
                ServerSocket garbage = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread babbler = new Thread(() -> {
                try (Socket client = garbage.accept(); OutputStream out = client.getOutputStream()) {
                    out.write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // The test reads the application's answer, not this socket's.
                }
            });
            babbler.setDaemon(true);
            babbler.start();

            String refusedPort = detail("http://127.0.0.1:" + closed + "/");
            String silentPort = detail("http://127.0.0.1:" + silent.getLocalPort() + "/");
            String otherProtocol = detail("http://127.0.0.1:" + garbage.getLocalPort() + "/");

            assertThat(refusedPort).contains(NO_PAGE);
            assertThat(List.of(silentPort, otherProtocol))
                    .allSatisfy(d -> assertThat(withoutPort(d)).isEqualTo(withoutPort(refusedPort)));
        }
    }

    @Test
    void theTimeLimitCutsTheConnectionOfAPageThatTricklesIn() {
        long started = System.nanoTime();
        Response answer = as("edith").body(Map.of("url", url("/drip"))).post("/api/v1/articles");
        long answeredAt = System.nanoTime();
        long deadline = System.currentTimeMillis() + 3_000;
        while (dripCutAt.get() == 0 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }

        assertThat(dripCutAt.get()).as("the fetcher closed the trickling connection").isPositive();
        assertThat(TimeUnit.NANOSECONDS.toMillis(answeredAt - started)).isLessThan(5_000);
        answer.then().statusCode(400).contentType("application/problem+json").body("detail", containsString(NO_PAGE));
    }

    @Test
    void fetchesBeyondTheLimitAreRefusedWhileOthersRun() throws Exception {
        release = new CountDownLatch(1);
        heldRequests.set(0);
        ExecutorService clients = Executors.newFixedThreadPool(MAX_CONCURRENT);
        try {
            List<Future<Integer>> running = new ArrayList<>();
            for (int i = 0; i < MAX_CONCURRENT; i++) {
                running.add(clients.submit(() -> as("edith").body(Map.of("url", url("/held")))
                        .post("/api/v1/articles").statusCode()));
            }
            long deadline = System.currentTimeMillis() + 2_500;
            while (heldRequests.get() < MAX_CONCURRENT && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(heldRequests).hasValue(MAX_CONCURRENT);

            Response oneMore = as("edith").body(Map.of("url", url("/article.html"))).post("/api/v1/articles");

            release.countDown();
            assertThat(oneMore.statusCode()).isEqualTo(429);
            assertThat(oneMore.contentType()).startsWith("application/problem+json");
            assertThat(oneMore.header("Retry-After")).isNotBlank();
            assertThat(oneMore.jsonPath().getString("detail")).contains("being fetched already");
            for (Future<Integer> each : running) {
                assertThat(each.get(10, TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    private static void refused(String url, String reason) {
        as("edith").body(Map.of("title", "Refusé " + url, "url", url)).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(reason));
        as("edith").get("/api/v1/articles").then().statusCode(200)
                .body("title", not(org.hamcrest.Matchers.hasItem("Refusé " + url)));
    }

    private static String detail(String url) {
        return as("edith").body(Map.of("url", url)).post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath().getString("detail");
    }

    private static String withoutPort(String detail) {
        return detail.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
    }

    // This machine's addresses other than loopback (the fetcher must refuse them though nothing listens there).
    static List<InetAddress> interfaceAddresses() {
        try {
            List<InetAddress> addresses = new ArrayList<>();
            for (NetworkInterface each : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                each.inetAddresses().filter(a -> !a.isLoopbackAddress()).forEach(addresses::add);
            }
            return addresses;
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
    }

    static String literal(InetAddress address) {
        String text = address.getHostAddress().replaceFirst("%.*$", "");
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    private static void drip(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        try (InputStream ignored = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 300; i++) {
                out.write('<');
                out.flush();
                Thread.sleep(100);
            }
        } catch (IOException e) {
            dripCutAt.compareAndSet(0, System.currentTimeMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        answer(exchange, 302, "text/plain", "");
    }

    private static int port() {
        return server.getAddress().getPort();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }
}
