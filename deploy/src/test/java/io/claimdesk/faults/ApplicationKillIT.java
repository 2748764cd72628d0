package io.claimdesk.faults;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * The application itself killed with SIGKILL under load: the packaged app (target/quarkus-app, built by the package
 * phase) runs as its own process on a stack of its own, is killed mid-load and started again; clients see no answer
 * while it is down, then carry on, and no approval it answered 200 for is lost.
 */
class ApplicationKillIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static LocalStack stack;
    private static ApplicationServer app;

    @BeforeAll
    static void startStackAndApplication() {
        stack = LocalStack.start(StackConfig.forTests());
        app = new ApplicationServer(stack, JAR, "384m");
        app.start();
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void noApprovalIsLostAndClientsSeeOnlyClearErrors() throws Exception {
        new FaultDrill("application-kill", URI.create(app.url()), stack, app).run();
    }
}
