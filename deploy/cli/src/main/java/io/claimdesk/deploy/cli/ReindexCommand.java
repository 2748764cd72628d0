package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import io.claimdesk.deploy.stack.KeycloakServer;
import io.claimdesk.deploy.stack.StackConfig;

/**
 * {@code claimdesk reindex}: asks a running app to rebuild the public search index from PostgreSQL and swap it in, as
 * an admin logged in with the password grant.
 */
final class ReindexCommand {

    static final String USAGE = "Usage: ./claimdesk reindex [--url URL] [--keycloak REALM_URL] [--user U --password P]";

    private ReindexCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String url = "http://localhost:" + StackConfig.setting("CLAIMDESK_APP_PORT", "8080");
        String realm = "http://localhost:" + StackConfig.setting("CLAIMDESK_KC_PORT", "8180") + "/realms/"
                + KeycloakServer.REALM;
        String user = "adam";
        String password = "adam";
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                err.println("Unexpected argument '" + args[i] + "'. " + USAGE);
                return 2;
            }
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--keycloak" -> realm = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                default -> {
                    err.println("Unexpected argument '" + args[i] + "'. " + USAGE);
                    return 2;
                }
            }
        }
        try {
            ClaimdeskClient client = ClaimdeskClient.login(URI.create(url), realm, user, password);
            HttpResponse<String> response = client.post("/api/v1/admin/reindex", Map.of());
            if (response.statusCode() != 200) {
                err.println("Reindex refused: HTTP " + response.statusCode() + " " + response.body());
                return 1;
            }
            out.println(response.body());
            return 0;
        } catch (IOException e) {
            err.println("Cannot reach Claimdesk (" + url + ") or Keycloak (" + realm + "): " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
