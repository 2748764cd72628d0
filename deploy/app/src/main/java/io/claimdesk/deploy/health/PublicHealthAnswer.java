package io.claimdesk.deploy.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;

/**
 * What anyone may read at {@code /q/health} (and {@code /live}, {@code /ready}, {@code /started}, {@code /well}): UP or
 * DOWN overall and per check, nothing more (no server address, no counts, no error text: SmallRye Health logs a
 * failing check with its details). The checks reach PostgreSQL, Elasticsearch and Keycloak, so their outcome is kept
 * for {@code claimdesk.health.cache} (5 s): however often health is asked, each server is asked at most once in that
 * time. Runs after the public rate limit, which counts health requests like the public reading.
 */
@ApplicationScoped
public class PublicHealthAnswer {

    static final String ROOT = "/q/health";

    // After PublicRateLimiter (CORS + 100): a client over its limit gets 429 before any check runs.
    private static final int PRIORITY = SecurityHandlerPriorities.CORS + 50;

    private static final Map<String, Function<SmallRyeHealthReporter, SmallRyeHealth>> ANSWERS = Map.of(
            ROOT, SmallRyeHealthReporter::getHealth,
            ROOT + "/live", SmallRyeHealthReporter::getLiveness,
            ROOT + "/ready", SmallRyeHealthReporter::getReadiness,
            ROOT + "/started", SmallRyeHealthReporter::getStartup,
            ROOT + "/well", SmallRyeHealthReporter::getWellness);

    @Inject
    SmallRyeHealthReporter reporter;

    @ConfigProperty(name = "claimdesk.health.cache", defaultValue = "5s")
    Duration cache;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    private final Object checking = new Object();

    /** One public answer and when its checks ran. */
    record Answer(long ranAtNanos, int status, String json) {
    }

    void install(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    private void answer(RoutingContext context) {
        String path = context.normalizedPath();
        if (context.request().method() != HttpMethod.GET || !ANSWERS.containsKey(path)) {
            context.next();
            return;
        }
        Answer fresh = fresh(path);
        if (fresh != null) {
            send(context, fresh);
            return;
        }
        // The checks block (JDBC, HTTP): off the event loop.
        context.vertx().<Answer>executeBlocking(() -> check(path), false)
                .onSuccess(answer -> send(context, answer))
                .onFailure(context::fail);
    }

    private Answer fresh(String path) {
        Answer answer = answers.get(path);
        return answer != null && System.nanoTime() - answer.ranAtNanos() < cache.toNanos() ? answer : null;
    }

    // One run at a time: requests arriving while the checks run get their outcome.
    private Answer check(String path) {
        synchronized (checking) {
            Answer fresh = fresh(path);
            if (fresh != null) {
                return fresh;
            }
            SmallRyeHealth health = ANSWERS.get(path).apply(reporter);
            Answer answer = new Answer(System.nanoTime(), health.isDown() ? 503 : 200, publicJson(health));
            answers.put(path, answer);
            return answer;
        }
    }

    static String publicJson(SmallRyeHealth health) {
        JsonObject payload = health.getPayload();
        JsonArray checks = new JsonArray();
        for (JsonValue value : payload.getJsonArray("checks")) {
            JsonObject check = value.asJsonObject();
            checks.add(new io.vertx.core.json.JsonObject().put("name", check.getString("name"))
                    .put("status", check.getString("status")));
        }
        return new io.vertx.core.json.JsonObject().put("status", payload.getString("status")).put("checks", checks)
                .encode();
    }

    private static void send(RoutingContext context, Answer answer) {
        context.response().setStatusCode(answer.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(answer.json());
    }
}
