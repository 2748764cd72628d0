package io.claimdesk.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares the public search index with PostgreSQL, the source of truth: for the given claims, the ones that are
 * public (published or in correction) with their newest revision, against the documents in Elasticsearch with their
 * external version. Asked directly, not through the app, so the app's own view cannot hide a difference.
 */
final class IndexConvergence {

    private static final String ALIAS = "claimdesk-verdicts";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private IndexConvergence() {
    }

    /** Claim id → newest approved revision, for the given claims that the public may see. */
    static Map<Long, Long> publishedInPostgres(Connection connection, Collection<Long> claims) throws SQLException {
        Map<Long, Long> published = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.claim_id, MAX(r.revision) FROM verdict_revision r JOIN claim c ON c.id = r.claim_id
                WHERE c.status IN ('PUBLISHED', 'CORRECTION') AND r.claim_id = ANY (?) GROUP BY r.claim_id""")) {
            Array ids = connection.createArrayOf("bigint", claims.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    published.put(rows.getLong(1), rows.getLong(2));
                }
            }
        }
        return published;
    }

    /** Those of the given claims that exist. */
    static java.util.Set<Long> existingInPostgres(Connection connection, Collection<Long> claims)
            throws SQLException {
        java.util.Set<Long> existing = new java.util.TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM claim WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("bigint", claims.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getLong(1));
                }
            }
        }
        return existing;
    }

    /** Claim id → document version, for the given claims that have a document in the index. */
    static Map<Long, Long> indexedInElasticsearch(String hostAndPort, Collection<Long> claims)
            throws IOException, InterruptedException {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("query").putObject("ids").putPOJO("values", claims.stream().map(String::valueOf).toList());
        query.put("version", true).put("_source", false).put("size", Math.max(1, claims.size()));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + hostAndPort + "/"
                + ALIAS + "/_search")).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(query))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + ": " + response.body());
        }
        Map<Long, Long> indexed = new TreeMap<>();
        for (JsonNode hit : JSON.readTree(response.body()).path("hits").path("hits")) {
            indexed.put(Long.parseLong(hit.get("_id").asText()), hit.get("_version").asLong());
        }
        return indexed;
    }
}
