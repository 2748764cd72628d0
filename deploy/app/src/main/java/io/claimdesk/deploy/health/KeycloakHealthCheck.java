package io.claimdesk.deploy.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports whether Keycloak answers for the Claimdesk realm: without it nobody can log in. */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        String discovery = realmUrl + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named("Keycloak").status(response.statusCode() == 200)
                    .withData("realm", realmUrl).withData("status", response.statusCode()).build();
        } catch (java.io.IOException e) {
            return HealthCheckResponse.named("Keycloak").down().withData("realm", realmUrl)
                    .withData("error", e.toString()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("Keycloak").down().withData("error", "interrupted").build();
        }
    }
}
