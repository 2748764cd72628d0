package io.claimdesk.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A handful of API clients walking fresh claims through add → assign → verdict → approve with real Keycloak tokens,
 * and one public reader searching and opening permalinks, all at once; every answer is recorded with the phase it fell
 * in, so a fault test can say what clients saw while a server was down and check that no approval was lost.
 */
final class ReviewLoad implements AutoCloseable {

    /** One answer (or its absence) as a client saw it. */
    record Answer(Instant at, String phase, String step, int status, String failure, boolean clear) {

        /** The status, or the kind of failure when no HTTP answer came back. */
        String label() {
            return status > 0 ? Integer.toString(status) : "no answer (" + failure + ")";
        }
    }

    static final String ARTICLE_TEXT = "Le général Haftar a rencontré le ministre russe de la Défense le 27 juin"
            + " 2016 à Moscou, selon Izvestia. Il dit contrôler 80 % des terminaux pétroliers.";
    private static final List<String> EDITORS = List.of("edith", "adam");
    private static final List<String> REVIEWERS = List.of("rita", "remy");
    private static final String ADD = "{\"start\": 0, \"end\": 77}";
    private static final String VERDICT = """
            {"rating": "FALSE", "explanation": "Les archives de l'agence contredisent la date.",
             "sources": ["https://www.example.org/archives"]}""";
    private static final String APPROVAL = "{\"comment\": \"Vérifié deux fois.\"}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    // The first article of a JVM loads the extraction and embedding models: slow on a busy 2-core machine.
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(300);
    // A newsroom's pace, not a benchmark: the machine (2 cores) must still restart the killed server quickly.
    private static final Duration THINK_TIME = Duration.ofMillis(100);
    private static final Duration READ_INTERVAL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI app;
    private final int reviewClients;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Set<Long> created = ConcurrentHashMap.newKeySet();
    private final Set<Long> approved = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private volatile String phase = "before";
    private volatile boolean running;

    ReviewLoad(URI app, int reviewClients) {
        this.app = app;
        this.reviewClients = reviewClients;
    }

    /** Logs the demo users in (Keycloak must be up), submits one article per client and starts every client. */
    void start(String realmUrl) throws IOException, InterruptedException {
        for (String user : List.of("edith", "adam", "rita", "remy")) {
            tokens.put(user, login(realmUrl, user));
        }
        running = true;
        for (int i = 0; i < reviewClients; i++) {
            String editor = EDITORS.get(i % EDITORS.size());
            String reviewer = REVIEWERS.get(i % REVIEWERS.size());
            long article = submitArticle(editor, "Panne " + i);
            threads.add(new Thread(() -> review(article, editor, reviewer), "review-client-" + i));
        }
        threads.add(new Thread(this::read, "public-reader"));
        threads.forEach(Thread::start);
    }

    /** The access token the load got for a demo user at its start. */
    String token(String user) {
        return tokens.get(user);
    }

    /** Labels the answers from now on. */
    void phase(String name) {
        phase = name;
    }

    /** Stops every client after its current request. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    /** Claims whose approval was answered 200. */
    Set<Long> approved() {
        return Set.copyOf(approved);
    }

    /** Every claim the clients created. */
    Set<Long> created() {
        return Set.copyOf(created);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** Answers that were a server error other than a clear 503 (problem+json with Retry-After). */
    List<Answer> unclearErrors() {
        return answers.stream().filter(a -> !a.clear()).toList();
    }

    /** Per phase, per step, how many times each status (or failure) was seen; phases in order of appearance. */
    Map<String, Map<String, Map<String, Long>>> tally() {
        Map<String, Map<String, Map<String, Long>>> byPhase = new java.util.LinkedHashMap<>();
        for (Answer answer : answers) {
            byPhase.computeIfAbsent(answer.phase(), p -> new TreeMap<>())
                    .computeIfAbsent(answer.step(), s -> new TreeMap<>())
                    .merge(answer.label(), 1L, Long::sum);
        }
        return byPhase;
    }

    /** When a step was first answered with a 2xx at or after the instant. */
    Optional<Instant> firstSuccess(String step, Instant after) {
        return answers.stream().filter(a -> a.step().equals(step) && a.status() >= 200 && a.status() < 300
                && !a.at().isBefore(after)).map(Answer::at).min(Instant::compareTo);
    }

    /** How many times a step was answered with a 2xx at or after the instant. */
    long successes(String step, Instant after) {
        return answers.stream().filter(a -> a.step().equals(step) && a.status() >= 200 && a.status() < 300
                && !a.at().isBefore(after)).count();
    }

    private long submitArticle(String editor, String title) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("title", title, "text", ARTICLE_TEXT, "language", "fr"));
        HttpResponse<String> response = http.send(request("/api/v1/articles", editor).timeout(SETUP_TIMEOUT).POST(
                HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("cannot submit the load's article: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("id").asLong();
    }

    private void review(long article, String editor, String reviewer) {
        String assign = "{\"reviewer\": \"" + reviewer + "\"}";
        while (running) {
            Optional<JsonNode> added = call("add", editor, "/api/v1/articles/" + article + "/claims", ADD, null);
            if (added.isEmpty()) {
                continue;
            }
            long claim = added.get().get("id").asLong();
            created.add(claim);
            String claimPath = "/api/v1/claims/" + claim;
            if (call("assign", editor, claimPath + "/assign", assign, "ASSIGNED").isEmpty()
                    || call("verdict", reviewer, claimPath + "/verdict", VERDICT, "AWAITING_APPROVAL").isEmpty()) {
                continue;
            }
            if (call("approve", editor, claimPath + "/approve", APPROVAL, "PUBLISHED").isPresent()) {
                approved.add(claim);
            }
        }
    }

    /**
     * Sends the step until it is answered 2xx, or 409 saying the claim is already where the step leads (an earlier
     * try succeeded but its answer was lost); empty when the load stops or the claim is somewhere unexpected.
     */
    private Optional<JsonNode> call(String step, String user, String path, String body, String target) {
        while (running) {
            HttpResponse<String> response = send(step, request(path, user)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (response == null) {
                pause();
                continue;
            }
            int status = response.statusCode();
            sleep(THINK_TIME);
            if (status >= 200 && status < 300) {
                return Optional.of(readJson(response.body()));
            }
            if (status == 409 && target != null) {
                JsonNode problem = readJson(response.body());
                return target.equals(problem.path("currentStatus").asText()) && !"approve".equals(step)
                        ? Optional.of(problem)
                        : Optional.empty();
            }
            pause();
        }
        return Optional.empty();
    }

    private void read() {
        while (running) {
            send("search", HttpRequest.newBuilder(app.resolve("/api/public/v1/verdicts?q=Haftar&size=5"))
                    .timeout(REQUEST_TIMEOUT).GET().build());
            approved.stream().findAny().ifPresent(claim -> send("permalink", HttpRequest.newBuilder(app.resolve(
                    "/api/public/v1/verdicts/" + claim)).timeout(REQUEST_TIMEOUT).GET().build()));
            sleep(READ_INTERVAL);
        }
    }

    // Records the answer; null when none came (connection refused, reset, timed out).
    private HttpResponse<String> send(String step, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            boolean clear = status < 500 || status == 503
                    && response.headers().firstValue("Retry-After").isPresent()
                    && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            answers.add(new Answer(Instant.now(), phase, step, status, clear ? null : abbreviate(response.body()),
                    clear));
            return response;
        } catch (IOException e) {
            answers.add(new Answer(Instant.now(), phase, step, 0, e.getClass().getSimpleName(), true));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return null;
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(app.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.get(user)).header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    /**
     * Whether the whole stack serves newcomers again: Keycloak logs users in afresh the given number of times in a row
     * (each login reads its own database through a pooled connection, so a pool still holding connections that died
     * with PostgreSQL fails some of them) and the app answers each user's request for the reviewer list (PostgreSQL,
     * and Keycloak's directory behind it).
     */
    boolean servesNewLogins(String realmUrl, int times) {
        try {
            for (int i = 0; i < times; i++) {
                String token = login(realmUrl, EDITORS.get(i % EDITORS.size()));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.resolve("/api/v1/reviewers"))
                        .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An access token for a demo user (password = user name), by password grant on the CLI client. */
    static String login(String realmUrl, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=claimdesk-cli&username=" + encode(user) + "&password="
                + encode(user);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token")).timeout(SETUP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": HTTP " + response.statusCode());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    private void pause() {
        sleep(PAUSE_AFTER_FAILURE);
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    static String describe(Map<String, Map<String, Map<String, Long>>> tally) {
        return tally.entrySet().stream().map(phase -> phase.getKey() + ": " + phase.getValue().entrySet().stream()
                .map(step -> step.getKey() + " " + step.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
