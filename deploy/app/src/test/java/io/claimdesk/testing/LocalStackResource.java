package io.claimdesk.testing;

import java.util.HashMap;
import java.util.Map;

import io.claimdesk.deploy.stack.LocalServer;
import io.claimdesk.deploy.stack.LocalStack;
import io.claimdesk.deploy.stack.StackConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the application's tests against real servers: one throwaway {@link LocalStack} (free ports, fresh data) per
 * test JVM, shared by every Quarkus application start of that JVM and stopped when the JVM exits.
 *
 * <p>
 * Use with {@code @QuarkusTestResource(LocalStackResource.class)} (or {@code @WithTestResource}); tests reach the
 * servers through {@link #stack()}, e.g. {@code LocalStackResource.stack().elasticsearch().stop()}.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private static LocalStack stack;

    /** The running stack of this JVM; fails if no Quarkus test has started it yet. */
    public static synchronized LocalStack stack() {
        if (stack == null) {
            throw new IllegalStateException("the local stack is not started: annotate the test with "
                    + "@QuarkusTestResource(LocalStackResource.class)");
        }
        return stack;
    }

    @Override
    public Map<String, String> start() {
        synchronized (LocalStackResource.class) {
            if (stack == null) {
                stack = LocalStack.start(StackConfig.forTests());
            }
            // Servers a previous test stopped (Elasticsearch in the outbox test) must be back for the next app.
            stack.servers().forEach(LocalServer::start);
            // The app's port is chosen here, not by Quarkus, so that Keycloak lets logins return to it and to no other.
            int port = StackConfig.freePort();
            stack.allowWebLogins(port);
            Map<String, String> properties = new HashMap<>(stack.appProperties());
            properties.put("quarkus.http.test-port", Integer.toString(port));
            return properties;
        }
    }

    @Override
    public void stop() {
        // Kept for the next application start in this JVM (another test profile): starting the stack costs
        // tens of seconds. LocalStack's shutdown hook stops it, and deletes its data, when the JVM exits.
    }
}
