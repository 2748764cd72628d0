package io.claimdesk.deploy.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A check that a started server is ready to serve. */
@FunctionalInterface
public interface HealthProbe {

    /** True once the server is ready; an exception counts as not ready yet. */
    boolean isHealthy() throws Exception;

    /** Ready when a GET on the URL answers 200. */
    static HealthProbe http(URI url) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
        return () -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
