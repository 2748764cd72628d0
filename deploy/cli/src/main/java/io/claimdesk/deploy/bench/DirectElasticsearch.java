package io.claimdesk.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimdesk.workflow.publication.SearchFolding;

/**
 * The search benchmark's own HTTP access to Elasticsearch, beside the application: bulk loading of verdict documents
 * into the application's alias, and the request the application's public search sends, to send it directly.
 */
final class DirectElasticsearch {

    /** The alias the application reads and writes ({@code claimdesk.index.name}'s default). */
    static final String ALIAS = "claimdesk-verdicts";
    /** The page size of the public search API when none is asked for. */
    static final int PAGE_SIZE = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = WorkflowLoad.newHttpClient();

    DirectElasticsearch(String hostAndPort) {
        this.base = URI.create("http://" + hostAndPort + "/");
    }

    /** Writes documents {@code from} (inclusive) to {@code to} (exclusive) in one bulk request. */
    void bulk(VerdictDocuments documents, long from, long to) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (long n = from; n < to; n++) {
            body.append("{\"index\":{\"_id\":\"").append(VerdictDocuments.id(n)).append("\"}}\n")
                    .append(JSON.writeValueAsString(documents.document(n))).append('\n');
        }
        JsonNode answer = send("POST", ALIAS + "/_bulk", body.toString(), "application/x-ndjson");
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new IOException("Elasticsearch refused document " + item.path("index").path("_id").asText()
                            + ": " + error.path("reason").asText());
                }
            }
        }
    }

    /** Sets the refresh interval of the index behind the alias; null restores the index's default. */
    void refreshInterval(String interval) throws IOException, InterruptedException {
        ObjectNode settings = JSON.createObjectNode();
        ObjectNode index = settings.putObject("index");
        if (interval == null) {
            index.putNull("refresh_interval");
        } else {
            index.put("refresh_interval", interval);
        }
        send("PUT", ALIAS + "/_settings", settings.toString(), "application/json");
    }

    void refresh() throws IOException, InterruptedException {
        send("POST", ALIAS + "/_refresh", "", "application/json");
    }

    /** How the cluster holds the index: its nodes, and the index's primary and replica shards, as prose. */
    String layout() throws IOException, InterruptedException {
        int nodes = send("GET", "_cluster/health", "", "application/json").path("number_of_nodes").asInt();
        JsonNode index = send("GET", ALIAS + "/_settings", "", "application/json").elements().next()
                .path("settings").path("index");
        return layout(nodes, index.path("number_of_shards").asInt(), index.path("number_of_replicas").asInt());
    }

    static String layout(int nodes, int shards, int replicas) {
        return String.format(Locale.ROOT, "%d %s, the index in %d %s with %d %s each", nodes,
                nodes == 1 ? "node" : "nodes", shards, shards == 1 ? "shard" : "shards", replicas,
                replicas == 1 ? "replica" : "replicas");
    }

    long count() throws IOException, InterruptedException {
        return send("GET", ALIAS + "/_count", "", "application/json").path("count").asLong();
    }

    /**
     * Waits until Elasticsearch has no search running or queued, at most {@code limit}: searches whose clients gave up
     * still run, and must not slow the next phase down. Returns whether it became idle.
     */
    boolean awaitIdleSearches(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            int busy = 0;
            for (JsonNode node : send("GET", "_cat/thread_pool/search?format=json&h=active,queue", "",
                    "application/json")) {
                busy += node.path("active").asInt() + node.path("queue").asInt();
            }
            // The _cat request itself runs on another pool, so 0 means idle.
            if (busy == 0) {
                return true;
            }
            Thread.sleep(IDLE_POLL.toMillis());
        }
        return false;
    }

    /** The request {@code GET /api/public/v1/verdicts?q=TEXT} makes the application send. */
    HttpRequest searchRequest(String text) {
        return HttpRequest.newBuilder(base.resolve(ALIAS + "/_search?typed_keys=true")).timeout(OpenLoop.TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(searchBody(text), StandardCharsets.UTF_8)).build();
    }

    /**
     * The body VerdictIndex.search sends for a text without filters, first page, relevance order: no claim vector in
     * the sources, original and folded words in two multi_match queries, highlights, the rating, language, publisher
     * and tag facets, exact total.
     */
    static String searchBody(String text) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("_source").putArray("excludes").add("claimVector");
        ObjectNode inner = body.putObject("query").putObject("bool").putArray("must").addObject()
                .putObject("bool");
        ArrayNode should = inner.putArray("should");
        multiMatch(should, text.strip(), "claim^3", "explanation", "articleTitle");
        multiMatch(should, SearchFolding.fold(text.strip()), "claimFolded^2", "explanationFolded",
                "articleTitleFolded");
        inner.put("minimum_should_match", "1");
        body.put("from", 0);
        body.put("size", PAGE_SIZE);
        body.put("track_total_hits", true);
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("encoder", "html");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.put("number_of_fragments", 1);
        highlight.put("fragment_size", 200);
        ObjectNode fields = highlight.putObject("fields");
        for (String field : new String[]{"claim", "claimFolded", "explanation", "explanationFolded"}) {
            fields.putObject(field);
        }
        ObjectNode aggregations = body.putObject("aggregations");
        for (String facet : new String[]{"rating", "language", "publisher", "tags"}) {
            aggregations.putObject(facet).putObject("terms").put("field", facet).put("size", 50);
        }
        return body.toString();
    }

    private static void multiMatch(ArrayNode should, String query, String... fields) {
        ObjectNode match = should.addObject().putObject("multi_match");
        match.put("query", query);
        ArrayNode names = match.putArray("fields");
        for (String field : fields) {
            names.add(field);
        }
    }

    /** The total hits Elasticsearch finds for the text, to check the application finds as many. */
    long total(String text) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(searchRequest(text), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("hits").path("total").path("value").asLong(-1);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode send(String method, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", type).header("Accept", "application/json")
                .method(method, body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": "
                    + VerdictDocuments.shorten(response.body(), 500));
        }
        return JSON.readTree(response.body());
    }
}
