package io.claimdesk.deploy.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged Claimdesk application run as a child process on a local stack, ready when its health says so. */
public final class ApplicationServer extends ProcessServer {

    public static final Path DEFAULT_JAR = Path.of("deploy/app/target/quarkus-app/quarkus-run.jar");
    /**
     * The heap the application needs with every model loaded: the French and English parsers hold about 1.9 GB, the
     * embedder and the rest of the app a few hundred MB more (see docs/benchmarks.md, bench startup).
     */
    public static final String DEFAULT_HEAP = "3g";
    private final LocalStack stack;
    private final Path jar;
    private final String heap;
    private final Map<String, String> settings;
    private final Map<String, String> environment;
    private final int port;
    private final String instanceName;

    public ApplicationServer(LocalStack stack, Path jar, String heap) {
        this(stack, jar, heap, Map.of());
    }

    /** With settings of this run on top of the stack's (e.g. a benchmark's), as system properties. */
    public ApplicationServer(LocalStack stack, Path jar, String heap, Map<String, String> settings) {
        this(stack, jar, heap, settings, "application", stack.config().appPort());
    }

    /**
     * One more instance of the application on the same stack (sharing its database, index and Keycloak), named for
     * its log file and its {@code claimdesk.instance.name}, on a port of its own.
     */
    public ApplicationServer(LocalStack stack, Path jar, String heap, Map<String, String> settings, String name,
            int port) {
        this(stack, jar, heap, settings, Map.of(), name, port);
    }

    /**
     * One more instance with environment variables of its own besides the settings, the way Kubernetes passes a pod's
     * configuration (its ConfigMap and Secrets).
     */
    public ApplicationServer(LocalStack stack, Path jar, String heap, Map<String, String> settings,
            Map<String, String> environment, String name, int port) {
        super(name, "the application (" + name + ")", stack.config().instanceDir().resolve("logs/" + logName(name)),
                "TERM", stack.config().startTimeout());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No application at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw install -DskipTests), from the repository root.");
        }
        this.stack = stack;
        this.jar = jar.toAbsolutePath();
        this.heap = heap;
        this.settings = Map.copyOf(settings);
        this.environment = Map.copyOf(environment);
        this.port = port;
        this.instanceName = name;
        // Stopped before the servers it depends on, whoever closes the stack (Ctrl-C included).
        stack.closeFirst(this::stop);
    }

    @Override
    public int port() {
        return port;
    }

    // The first instance keeps the log name `claimdesk up` has always used.
    private static String logName(String name) {
        return name.equals("application") ? "app.log" : name + ".log";
    }

    public String url() {
        return "http://localhost:" + port();
    }

    @Override
    Launch prepare() {
        stack.allowWebLogins(port());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        for (Map.Entry<String, String> property : stack.appProperties().entrySet()) {
            command.add("-D" + property.getKey() + "=" + property.getValue());
        }
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            command.add("-D" + setting.getKey() + "=" + setting.getValue());
        }
        command.add("-Dclaimdesk.instance.name=" + instanceName);
        command.add("-Dquarkus.http.port=" + port());
        command.add("-jar");
        command.add(jar.toString());
        return new Launch(command, environment, Path.of("").toAbsolutePath(),
                HealthProbe.http(URI.create(url() + "/q/health/ready")));
    }

}
