package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.claimdesk.deploy.stack.StackConsole;

/**
 * {@code claimdesk up}: starts the local stack with kept data, runs the packaged application on it, loads the sample
 * article once, prints where everything is, and stays up until Ctrl-C. Run from the repository root (the
 * {@code claimdesk} script changes into it).
 */
final class UpCommand {

    static final String SAMPLE_EDITOR = "edith";
    static final String SAMPLE_TITLE = "Le général Haftar à Moscou";

    private UpCommand() {
    }

    /** Runs the command; returns the process exit code (0 after a clean Ctrl-C). */
    static int run(String[] args) {
        if (args.length > 0) {
            System.err.println("'up' takes no arguments; configure it with CLAIMDESK_* variables (see README).");
            return 2;
        }
        StackConfig config = StackConfig.fromEnvironment();
        Path jar = Path.of(StackConfig.setting("CLAIMDESK_APP_JAR", ApplicationServer.DEFAULT_JAR.toString()));
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            return 1;
        }
        AtomicBoolean stopping = new AtomicBoolean();
        stack.closeFirst(() -> stopping.set(true));
        ApplicationServer app;
        try {
            app = new ApplicationServer(stack, jar,
                    StackConfig.setting("CLAIMDESK_APP_HEAP", ApplicationServer.DEFAULT_HEAP));
            app.start();
        } catch (RuntimeException e) {
            System.err.println("The application did not start: " + e.getMessage());
            stack.close();
            return 1;
        }
        loadSample(app, stack);
        printSummary(stack, app);
        return waitForShutdown(app, stack, stopping);
    }

    /** Posts the sample article as the demo editor unless an article with its title exists; never fails `up`. */
    private static void loadSample(ApplicationServer app, LocalStack stack) {
        Path sample = Path.of(StackConfig.setting("CLAIMDESK_SAMPLE", "../shared/samples/haftar-moscou.fr.txt"));
        if (!Files.isRegularFile(sample)) {
            return;
        }
        try {
            ClaimdeskClient client = ClaimdeskClient.login(URI.create(app.url()), stack.keycloak().realmUrl(),
                    SAMPLE_EDITOR, SAMPLE_EDITOR);
            HttpResponse<String> existing = client.get("/api/v1/articles");
            if (existing.statusCode() != 200) {
                StackConsole.say("sample not loaded: GET /api/v1/articles answered " + existing.statusCode());
                return;
            }
            if (ClaimdeskClient.JSON.readTree(existing.body()).findValuesAsText("title").contains(SAMPLE_TITLE)) {
                return;
            }
            String text = Files.readString(sample, StandardCharsets.UTF_8).strip();
            HttpResponse<String> created = client.post("/api/v1/articles",
                    Map.of("title", SAMPLE_TITLE, "text", text, "language", "fr"));
            StackConsole.say(created.statusCode() == 201
                    ? "sample article loaded: " + SAMPLE_TITLE
                    : "sample not loaded: POST /api/v1/articles answered " + created.statusCode());
        } catch (IOException | RuntimeException e) {
            StackConsole.say("sample not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printSummary(LocalStack stack, ApplicationServer app) {
        StringBuilder summary = new StringBuilder();
        summary.append("\nClaimdesk is up.\n\n");
        summary.append("  Application      ").append(app.url()).append("/\n");
        summary.append("  Public search    ").append(app.url()).append("/search\n");
        summary.append("  Swagger UI       ").append(app.url()).append("/q/swagger-ui\n");
        summary.append("  Keycloak admin   ").append(stack.keycloak().url()).append("/admin/  (admin / admin)\n\n");
        summary.append("  Demo logins      rita/rita reviewer, remy/remy reviewer, edith/edith editor,\n");
        summary.append("                   adam/adam admin+editor+reviewer\n\n");
        summary.append("  Start-up         ");
        for (LocalServer server : stack.servers()) {
            summary.append(server.name()).append(' ').append(StackConsole.seconds(server.startupTime())).append(", ");
        }
        summary.append("application ").append(StackConsole.seconds(app.startupTime())).append('\n');
        summary.append("  Data and logs    ").append(stack.config().instanceDir()).append('\n');
        summary.append("  Application log  ").append(app.logFile()).append("\n\n");
        summary.append("Press Ctrl-C to stop.\n");
        System.out.println(summary);
    }

    /** Blocks until Ctrl-C or SIGTERM (the stack's shutdown hook then stops the app and servers) or the app dies. */
    private static int waitForShutdown(ApplicationServer app, LocalStack stack, AtomicBoolean stopping) {
        while (app.isRunning() && !stopping.get()) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        if (stopping.get()) {
            // The JVM is exiting: its shutdown hook is stopping everything.
            return 0;
        }
        System.err.println("The application stopped unexpectedly; last lines of " + app.logFile() + ":\n"
                + app.logTail());
        stack.close();
        return 1;
    }
}
