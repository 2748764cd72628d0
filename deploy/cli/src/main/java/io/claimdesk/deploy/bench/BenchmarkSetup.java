package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;

/** What the benchmarks that run the application share: the sample article, and the application on a stack. */
final class BenchmarkSetup {

    private BenchmarkSetup() {
    }

    /** The sample article, {@code CLAIMDESK_SAMPLE} or the French one in ../shared/samples. */
    static Path sample() {
        return Path.of(StackConfig.setting("CLAIMDESK_SAMPLE", "../shared/samples/haftar-moscou.fr.txt"));
    }

    /** Why a run that reads the datasets and the sample article cannot start, or null when both are there. */
    static String missingInputs(Path datasets) {
        Path sample = sample();
        if (Files.isDirectory(datasets) && Files.isRegularFile(sample)) {
            return null;
        }
        return "Needs the datasets at " + datasets + " and a sample article at " + sample + " (set CLAIMDESK_SAMPLE).";
    }

    static String sampleText() throws IOException {
        return Files.readString(sample(), StandardCharsets.UTF_8).strip();
    }

    /** The application's heap, {@code CLAIMDESK_APP_HEAP} or {@link ApplicationServer#DEFAULT_HEAP}. */
    static String applicationHeap() {
        return StackConfig.setting("CLAIMDESK_APP_HEAP", ApplicationServer.DEFAULT_HEAP);
    }

    /** Starts the packaged application on the stack, with the run's own settings on top of the stack's. */
    static ApplicationServer startApplication(LocalStack stack, Map<String, String> settings) {
        ApplicationServer app = new ApplicationServer(stack, ApplicationServer.DEFAULT_JAR, applicationHeap(),
                settings);
        app.start();
        return app;
    }

    /** Restores the interrupt, says so and gives the exit code of an interrupted benchmark. */
    static int interrupted() {
        Thread.currentThread().interrupt();
        System.err.println("Interrupted.");
        return 1;
    }
}
