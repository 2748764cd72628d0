package io.claimdesk.deploy.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged Claimdesk application run as a child process on a local stack, ready when its health says so. */
public final class ApplicationServer implements LocalServer {

    public static final Path DEFAULT_JAR = Path.of("deploy/target/quarkus-app/quarkus-run.jar");
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final LocalStack stack;
    private final Path jar;
    private final String heap;
    private final ServerProcess process;
    private Duration startupTime = Duration.ZERO;

    public ApplicationServer(LocalStack stack, Path jar, String heap) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No application at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw install -DskipTests), from the repository root.");
        }
        this.stack = stack;
        this.jar = jar.toAbsolutePath();
        this.heap = heap;
        this.process = new ServerProcess("claimdesk", stack.config().instanceDir().resolve("logs/app.log"), "TERM");
        // Stopped before the servers it depends on, whoever closes the stack (Ctrl-C included).
        stack.closeFirst(this::stop);
    }

    @Override
    public String name() {
        return "application";
    }

    @Override
    public int port() {
        return stack.config().appPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    @Override
    public synchronized void start() {
        if (process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        for (Map.Entry<String, String> property : stack.appProperties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        command.add("-Dquarkus.http.port=" + port());
        command.add("-jar");
        command.add(jar.toString());
        StackConsole.say("starting the application on port " + port() + " (log: " + process.logFile() + ")");
        Instant start = Instant.now();
        process.start(command, Map.of(), Path.of("").toAbsolutePath());
        process.awaitHealthy(HealthProbe.http(URI.create(url() + "/q/health/ready")), stack.config().startTimeout());
        startupTime = Duration.between(start, Instant.now());
        StackConsole.say("application ready in " + StackConsole.seconds(startupTime) + " (pid " + pid() + ")");
    }

    @Override
    public synchronized void stop() {
        process.stop(STOP_GRACE);
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Duration startupTime() {
        return startupTime;
    }

    public Path logFile() {
        return process.logFile();
    }

    public String logTail() {
        return process.logTail();
    }
}
