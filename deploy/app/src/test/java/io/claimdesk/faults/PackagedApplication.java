package io.claimdesk.faults;

import java.nio.file.Path;
import java.util.Map;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * A stack of its own with the packaged application (target/quarkus-app) running on it as a process: what a drill
 * that kills servers or starts several instances needs, since every Quarkus test shares one single-node stack.
 * Closing it stops the application, then the servers.
 */
record PackagedApplication(LocalStack stack, ApplicationServer app) implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final String HEAP = ApplicationServer.DEFAULT_HEAP;

    /** Starts the stack, then the application with these settings; a failed start leaves no server running. */
    static PackagedApplication start(StackConfig config, Map<String, String> settings) {
        LocalStack stack = LocalStack.start(config);
        try {
            ApplicationServer app = new ApplicationServer(stack, JAR, HEAP, settings);
            app.start();
            return new PackagedApplication(stack, app);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    @Override
    public void close() {
        stack.close();
    }
}
