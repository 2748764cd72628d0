package io.claimdesk.faults;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.claimdesk.deploy.stack.ApplicationServer;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * The application itself killed with SIGKILL under load: the packaged app (target/quarkus-app, built by the package
 * phase) runs as its own process on a stack of its own, is killed mid-load and started again; clients see no answer
 * while it is down, then carry on, and no approval it answered 200 for is lost.
 */
class ApplicationKillIT {

    private static PackagedApplication running;

    @BeforeAll
    static void startStackAndApplication() {
        running = PackagedApplication.start(StackConfig.forTests(), Map.of());
    }

    @AfterAll
    static void stopEverything() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void noApprovalIsLostAndClientsSeeOnlyClearErrors() throws Exception {
        ApplicationServer app = running.app();
        new FaultDrill("application-kill", URI.create(app.url()), running.stack(), app).run();
    }
}
