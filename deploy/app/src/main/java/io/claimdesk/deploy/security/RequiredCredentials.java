package io.claimdesk.deploy.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * The production application refuses to start without its credentials: the production profile holds none (no
 * postgres/postgres, no dev realm secret to fall back on), and a missing one is named with the environment variable
 * that sets it. Kubernetes sets them from Secrets; the local stack passes the dev ones as system properties.
 */
@ApplicationScoped
@IfBuildProfile("prod")
public class RequiredCredentials {

    /** Each credential and the environment variable that sets it. */
    static final Map<String, String> REQUIRED = Map.of(
            "quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME",
            "quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD",
            "quarkus.oidc.web-app.credentials.secret", "QUARKUS_OIDC_WEB_APP_CREDENTIALS_SECRET",
            "quarkus.keycloak.admin-client.client-secret", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");

    void check(@Observes StartupEvent start) {
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(entry -> ConfigProvider.getConfig().getOptionalValue(entry.getKey(), String.class)
                        .filter(value -> !value.isBlank()).isEmpty())
                .map(entry -> entry.getValue() + " (" + entry.getKey() + ")").sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Claimdesk has no default credentials in production: set "
                    + missing.stream().collect(Collectors.joining(", ")) + " (on Kubernetes, from the Secrets named"
                    + " in docs/kubernetes.md).");
        }
    }
}
