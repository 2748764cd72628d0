package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimdesk.deploy.stack.HealthProbe;
import io.claimdesk.deploy.stack.LocalServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.ServerProcess;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.deploy.stack.StackConsole;

/**
 * {@code claimdesk up}: starts the local stack with kept data, runs the packaged application on it, loads the sample
 * article once, prints where everything is, and stays up until Ctrl-C.
 *
 * <p>
 * Called from {@code ClaimdeskCli} as {@code return UpCommand.run(remainingArgs);}, from the repository root (the
 * {@code claimdesk} script changes into it).
 */
public final class UpCommand {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String SAMPLE_EDITOR = "edith";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private UpCommand() {
    }

    /** Runs the command; returns the process exit code (0 after a clean Ctrl-C). Takes no arguments today. */
    public static int run(String[] args) {
        return new UpCommand().up();
    }

    private int up() {
        Path appJar = Path.of(setting("CLAIMDESK_APP_JAR", "deploy/target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(appJar)) {
            System.err.println("No application at " + appJar.toAbsolutePath()
                    + ": build it first (./mvnw install -DskipTests) or run ./claimdesk up from the repository root.");
            return 2;
        }
        StackConfig config = StackConfig.fromEnvironment();
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            return 1;
        }
        ServerProcess app = new ServerProcess("claimdesk", config.instanceDir().resolve("logs/app.log"), "TERM");
        AtomicBoolean stopping = new AtomicBoolean();
        stack.closeFirst(() -> {
            stopping.set(true);
            app.stop(Duration.ofSeconds(30));
        });
        Duration appStartup;
        try {
            appStartup = startApp(app, appJar, stack);
        } catch (RuntimeException e) {
            System.err.println("The application did not start: " + e.getMessage());
            stack.close();
            return 1;
        }
        loadSample(config.appPort(), stack.keycloak().realmUrl());
        printSummary(stack, appStartup, app);
        return waitForShutdown(app, stack, stopping);
    }

    private Duration startApp(ServerProcess app, Path appJar, LocalStack stack) {
        StackConfig config = stack.config();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + setting("CLAIMDESK_APP_HEAP", "512m"));
        for (Map.Entry<String, String> property : stack.appProperties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        command.add("-Dquarkus.http.port=" + config.appPort());
        command.add("-jar");
        command.add(appJar.toAbsolutePath().toString());
        StackConsole.say("starting the application on port " + config.appPort() + " (log: " + app.logFile() + ")");
        Instant start = Instant.now();
        app.start(command, Map.of(), Path.of("").toAbsolutePath());
        app.awaitHealthy(HealthProbe.http(URI.create("http://localhost:" + config.appPort() + "/q/health/ready")),
                config.startTimeout());
        Duration startup = Duration.between(start, Instant.now());
        StackConsole.say("application ready in " + StackConsole.seconds(startup) + " (pid " + app.pid() + ")");
        return startup;
    }

    /** Posts the sample article as the demo editor unless an article with its title exists; never fails `up`. */
    private void loadSample(int appPort, String realmUrl) {
        Path sample = Path.of(setting("CLAIMDESK_SAMPLE", "../shared/samples/haftar-moscou.fr.txt"));
        if (!Files.isRegularFile(sample)) {
            return;
        }
        try {
            String content = Files.readString(sample, StandardCharsets.UTF_8).strip();
            int firstBreak = content.indexOf('\n');
            String title = (firstBreak < 0 ? content : content.substring(0, firstBreak)).strip();
            String text = firstBreak < 0 ? "" : content.substring(firstBreak + 1).strip();
            String token = passwordGrantToken(realmUrl, SAMPLE_EDITOR, SAMPLE_EDITOR);
            URI articles = URI.create("http://localhost:" + appPort + "/api/v1/articles");
            HttpResponse<String> existing = http.send(HttpRequest.newBuilder(articles)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (existing.statusCode() != 200) {
                StackConsole.say("sample not loaded: GET " + articles + " answered " + existing.statusCode());
                return;
            }
            if (existing.body().contains(jsonString(title))) {
                return;
            }
            String body = "{\"title\":" + jsonString(title) + ",\"text\":" + jsonString(text)
                    + ",\"language\":\"fr\"}";
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(articles)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String shortTitle = title.length() > 60 ? title.substring(0, 57) + "..." : title;
            StackConsole.say(created.statusCode() / 100 == 2 ? "sample article loaded: " + shortTitle
                    : "sample not loaded: POST " + articles + " answered " + created.statusCode());
        } catch (IOException | RuntimeException e) {
            StackConsole.say("sample not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String passwordGrantToken(String realmUrl, String username, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=claimdesk-cli&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IOException("no token for " + username + ": HTTP " + response.statusCode());
        }
        return token.group(1);
    }

    private static void printSummary(LocalStack stack, Duration appStartup, ServerProcess app) {
        int appPort = stack.config().appPort();
        String base = "http://localhost:" + appPort;
        StringBuilder summary = new StringBuilder();
        summary.append("\nClaimdesk is up.\n\n");
        summary.append("  Application      ").append(base).append("/\n");
        summary.append("  Public search    ").append(base).append("/search\n");
        summary.append("  Swagger UI       ").append(base).append("/q/swagger-ui\n");
        summary.append("  Keycloak admin   ").append(stack.keycloak().url()).append("/admin/  (admin / admin)\n\n");
        summary.append("  Demo logins      rita/rita reviewer, remy/remy reviewer, edith/edith editor,\n");
        summary.append("                   adam/adam admin+editor+reviewer\n\n");
        summary.append("  Start-up         ");
        for (LocalServer server : stack.servers()) {
            summary.append(server.name()).append(' ').append(StackConsole.seconds(server.startupTime())).append(", ");
        }
        summary.append("application ").append(StackConsole.seconds(appStartup)).append('\n');
        summary.append("  Data and logs    ").append(stack.config().instanceDir()).append('\n');
        summary.append("  Application log  ").append(app.logFile()).append("\n\n");
        summary.append("Press Ctrl-C to stop.\n");
        System.out.println(summary);
    }

    /** Blocks until Ctrl-C or SIGTERM (the stack's shutdown hook then stops the app and servers) or the app dies. */
    private static int waitForShutdown(ServerProcess app, LocalStack stack, AtomicBoolean stopping) {
        while (app.isAlive() || stopping.get()) {
            if (stopping.get()) {
                // The JVM is exiting: its shutdown hook is stopping everything.
                return 0;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        System.err.println("The application stopped unexpectedly; last lines of " + app.logFile() + ":\n"
                + app.logTail());
        stack.close();
        return 1;
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
