package io.claimdesk.deploy.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket: enough to log in,
 * open pages and read the browser's own navigation timings. The benchmarks run from the packaged application, which
 * carries no browser-automation library.
 */
final class HeadlessBrowser implements AutoCloseable {

    static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessBrowser(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium with an empty profile and attaches to its first tab. */
    static HeadlessBrowser start(String executable) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(executable))) {
            throw new IOException("No Chromium at " + executable + ": install Debian's chromium package, or set"
                    + " CLAIMDESK_CHROMIUM to the browser's path.");
        }
        Path profile = Files.createTempDirectory("claimdesk-chromium-");
        Process process = new ProcessBuilder(List.of(executable, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--disable-extensions", "--window-size=1440,1000", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI browserSocket = URI.create(listeningAddress(process));
            URI list = URI.create("http://" + browserSocket.getAuthority() + "/json/list");
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).timeout(START_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String pageSocket = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageSocket == null) {
                throw new IOException("Chromium opened no tab to drive");
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(START_TIMEOUT)
                    .buildAsync(URI.create(pageSocket), listener).get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            HeadlessBrowser browser = new HeadlessBrowser(process, profile, socket);
            listener.browser = browser;
            browser.call("Page.enable", JSON.createObjectNode());
            return browser;
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            throw new IOException("Chromium did not start for the benchmark: " + e.getMessage(), e);
        }
    }

    private static String listeningAddress(Process process) throws IOException {
        BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                // Keep draining Chromium's messages, so it never blocks on a full pipe.
                Thread drain = new Thread(() -> err.lines().forEach(ignored -> {
                }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IOException("Chromium exited before it listened for DevTools (exit code "
                + (process.isAlive() ? "none" : process.exitValue()) + ")");
    }

    /** Loads the address and waits until the page's load event has run. */
    void open(String url) throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode().put("url", url);
        call("Page.navigate", params);
        awaitTrue("document.readyState === 'complete' && location.href !== 'about:blank'"
                + " && performance.getEntriesByType('navigation').length > 0"
                + " && performance.getEntriesByType('navigation')[0].loadEventEnd > 0", CALL_TIMEOUT);
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON (null while the page changes). */
    JsonNode evaluate(String expression) throws IOException, InterruptedException {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode answer = call("Runtime.evaluate", params);
        if (answer.has("exceptionDetails")) {
            return null;
        }
        return answer.path("result").path("value");
    }

    /** Polls the expression until it is true; fails after the limit. */
    void awaitTrue(String expression, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            JsonNode value;
            try {
                value = evaluate(expression);
            } catch (IOException e) {
                // The page is being replaced: its execution context is gone until the next one exists.
                value = null;
            }
            if (value != null && value.asBoolean(false)) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IOException("The page did not get to '" + expression + "' within " + limit.toSeconds() + " s");
    }

    private JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        try {
            JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error").path("message").asText());
            }
            return reply.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
                if (answer != null) {
                    answer.complete(message);
                }
            }
        } catch (IOException e) {
            // Not JSON: nothing waits for it.
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Joins the protocol's messages, which may arrive in several frames, and hands each whole one over. */
    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder frames = new StringBuilder();
        private volatile HeadlessBrowser browser;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                String message = frames.toString();
                frames.setLength(0);
                if (browser != null) {
                    browser.receive(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
