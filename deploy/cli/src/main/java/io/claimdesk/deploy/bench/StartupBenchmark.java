package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * {@code claimdesk bench startup [--cold]}: starts a throwaway stack and the application, measures how long each took
 * to become ready and the resident memory of each process tree once idle, appends the figures to docs/benchmarks.md,
 * and stops everything. {@code --cold} starts from an empty download cache, as a first install does.
 */
public final class StartupBenchmark {

    static final Duration SETTLE = Duration.ofSeconds(5);

    private StartupBenchmark() {
    }

    public static int run(String[] args) throws IOException {
        boolean cold = List.of(args).contains("--cold");
        if (args.length > (cold ? 1 : 0)) {
            System.err.println("Usage: ./claimdesk bench startup [--cold]");
            return 2;
        }
        StackConfig config = StackConfig.forTests();
        Path emptyCache = null;
        if (cold) {
            emptyCache = config.instanceDir().resolveSibling(config.instanceDir().getFileName() + "-cache");
            config = config.withCacheDir(emptyCache);
        }
        Instant begin = Instant.now();
        List<LocalServer> measured = new ArrayList<>();
        Duration stackReady;
        Duration total;
        try (LocalStack stack = LocalStack.start(config)) {
            stackReady = Duration.between(begin, Instant.now());
            ApplicationServer app = new ApplicationServer(stack, ApplicationServer.DEFAULT_JAR,
                    ApplicationServer.DEFAULT_HEAP);
            app.start();
            total = Duration.between(begin, Instant.now());
            measured.addAll(stack.servers());
            measured.add(app);
            sleep(SETTLE);
            String section = report(cold, stackReady, total, measured);
            System.out.print(section);
            BenchmarkReport.append(section);
        } finally {
            if (emptyCache != null) {
                deleteTree(emptyCache);
            }
        }
        return 0;
    }

    private static String report(boolean cold, Duration stackReady, Duration total, List<LocalServer> servers) {
        StringBuilder out = new StringBuilder(BenchmarkReport.section(
                cold ? "Start-up from an empty download cache (first install)" : "Start-up with the servers cached",
                "./claimdesk bench startup" + (cold ? " --cold" : "")));
        out.append(cold
                ? "Downloads and unpacking included; fresh data.\n\n"
                : "Servers already downloaded and unpacked; fresh data (as the tests start them).\n\n");
        out.append("| process | ready after (s) | resident memory, idle (MiB) | processes |\n");
        out.append("| --- | ---: | ---: | ---: |\n");
        for (LocalServer server : servers) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %d |%n", server.name(),
                    seconds(server.startupTime()), ProcessMemory.residentMiBOfTree(server.pid()),
                    ProcessMemory.processCountOfTree(server.pid())));
        }
        out.append(String.format(Locale.ROOT, "%nStack ready after %.1f s; stack and application ready after %.1f s.%n",
                seconds(stackReady), seconds(total)));
        return out.toString();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
