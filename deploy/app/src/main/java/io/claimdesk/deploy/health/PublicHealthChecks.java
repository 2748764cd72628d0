package io.claimdesk.deploy.health;

import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.quarkus.cache.CacheResult;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.vertx.core.json.JsonArray;

/**
 * The health checks behind the public health paths, run at most once per {@code claimdesk.health.cache} (5 s) per
 * path: their outcome is kept in the Quarkus cache {@value #CACHE} (Caffeine, expiring after write), which also makes
 * requests arriving while the checks run wait for that run instead of starting their own.
 */
@ApplicationScoped
public class PublicHealthChecks {

    static final String CACHE = "public-health";
    static final String ROOT = "/q/health";

    private static final Map<String, Function<SmallRyeHealthReporter, SmallRyeHealth>> CHECKS = Map.of(
            ROOT, SmallRyeHealthReporter::getHealth,
            ROOT + "/live", SmallRyeHealthReporter::getLiveness,
            ROOT + "/ready", SmallRyeHealthReporter::getReadiness,
            ROOT + "/started", SmallRyeHealthReporter::getStartup,
            ROOT + "/well", SmallRyeHealthReporter::getWellness);

    @Inject
    SmallRyeHealthReporter reporter;

    /** One public answer: the HTTP status and the body anyone may read. */
    public record Answer(int status, String json) {
    }

    /** Whether {@code path} is one of the public health paths. */
    static boolean answers(String path) {
        return CHECKS.containsKey(path);
    }

    /** Runs the checks of a public health path (blocking: JDBC, HTTP), or gives their outcome of the last 5 s. */
    @CacheResult(cacheName = CACHE)
    public Answer answer(String path) {
        SmallRyeHealth health = CHECKS.get(path).apply(reporter);
        return new Answer(health.isDown() ? 503 : 200, publicJson(health));
    }

    /** The overall status and each check's name and status: no details. */
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
}
