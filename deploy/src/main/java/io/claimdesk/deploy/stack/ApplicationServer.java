package io.claimdesk.deploy.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged Claimdesk application run as a child process on a local stack, ready when its health says so. */
public final class ApplicationServer extends ProcessServer {

    public static final Path DEFAULT_JAR = Path.of("deploy/target/quarkus-app/quarkus-run.jar");
    private final LocalStack stack;
    private final Path jar;
    private final String heap;
    private final Map<String, String> settings;

    public ApplicationServer(LocalStack stack, Path jar, String heap) {
        this(stack, jar, heap, Map.of());
    }

    /** With settings of this run on top of the stack's (e.g. a benchmark's), as system properties. */
    public ApplicationServer(LocalStack stack, Path jar, String heap, Map<String, String> settings) {
        super("application", "the application", stack.config().instanceDir().resolve("logs/app.log"), "TERM",
                stack.config().startTimeout());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No application at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw install -DskipTests), from the repository root.");
        }
        this.stack = stack;
        this.jar = jar.toAbsolutePath();
        this.heap = heap;
        this.settings = Map.copyOf(settings);
        // Stopped before the servers it depends on, whoever closes the stack (Ctrl-C included).
        stack.closeFirst(this::stop);
    }

    @Override
    public int port() {
        return stack.config().appPort();
    }

    public String url() {
        return "http://localhost:" + port();
    }

    @Override
    Launch prepare() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        for (Map.Entry<String, String> property : stack.appProperties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            command.add("-D" + setting.getKey() + "=" + setting.getValue());
        }
        command.add("-Dquarkus.http.port=" + port());
        command.add("-jar");
        command.add(jar.toString());
        return new Launch(command, Map.of(), Path.of("").toAbsolutePath(),
                HealthProbe.http(URI.create(url() + "/q/health/ready")));
    }

}
