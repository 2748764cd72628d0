package io.claimdesk.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimdesk.deploy.cli.ArticleFiles.ArticleFile;

/**
 * Submits the article files of a directory to a running Claimdesk through {@code POST /api/v1/articles}, a few at a
 * time, reading each file only when it is sent; a file the server refuses is reported and the others go on. Used by
 * {@code claimdesk import} and {@code claimdesk bench ingest}.
 */
public final class ArticleImport {

    /** Where and as whom to import; {@code language} null lets the server detect it. */
    public record Options(URI app, String realmUrl, String user, String password, String language, int parallel) {
    }

    /** A file that was not imported, with the server's problem detail or the local reason. */
    public record Failure(String file, String detail) {
    }

    /** What an import did: stored articles and their claims, failures in file-name order, wall-clock seconds. */
    public record Result(int files, List<Long> articleIds, long claims, List<Failure> failures, double seconds) {

        public int articles() {
            return articleIds.size();
        }

        public double articlesPerSecond() {
            return seconds > 0 ? articles() / seconds : 0;
        }

        public double claimsPerSecond() {
            return seconds > 0 ? claims / seconds : 0;
        }
    }

    /**
     * Extraction of a long article, or the first one while the app loads its models, can take far longer than a
     * plain API call on a busy machine (over 30 s measured under a load average of 29).
     */
    static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(3);

    private final Options options;
    private volatile ClaimdeskClient client;

    private ArticleImport(Options options, ClaimdeskClient client) {
        this.options = options;
        this.client = client;
    }

    /**
     * Imports every article file of the directory, showing progress on {@code out} (redrawn in place when
     * {@code terminal}); throws when the directory cannot be listed or the user cannot log in.
     */
    public static Result run(Path directory, Options options, PrintStream out, boolean terminal)
            throws IOException, InterruptedException {
        List<ArticleFile> files = ArticleFiles.in(directory).files();
        ArticleImport importer = new ArticleImport(options,
                ClaimdeskClient.login(options.app(), options.realmUrl(), options.user(), options.password()));
        return importer.submitAll(files, out, terminal);
    }

    private Result submitAll(List<ArticleFile> files, PrintStream out, boolean terminal) throws InterruptedException {
        long start = System.nanoTime();
        ImportProgress progress = new ImportProgress(out, terminal, files.size(), start);
        AtomicInteger done = new AtomicInteger();
        AtomicLong claims = new AtomicLong();
        ConcurrentLinkedQueue<Long> articleIds = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.parallel()));
        try {
            for (ArticleFile file : files) {
                pool.execute(() -> {
                    try {
                        JsonNode article = submit(file);
                        articleIds.add(article.path("id").asLong());
                        claims.addAndGet(article.path("claims").size());
                    } catch (ImportException e) {
                        failures.add(new Failure(file.path().getFileName().toString(), e.getMessage()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    progress.update(done.incrementAndGet(), failures.size(), claims.get(), System.nanoTime());
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // Each request has its own timeout: the pool ends.
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        List<Failure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparing(Failure::file));
        return new Result(files.size(), List.copyOf(articleIds), claims.get(), sorted,
                (System.nanoTime() - start) / 1e9);
    }

    private JsonNode submit(ArticleFile file) throws ImportException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", file.title());
        body.put(file.format() == ArticleFiles.Format.HTML ? "html" : "text", read(file.path()));
        if (options.language() != null) {
            body.put("language", options.language());
        }
        try {
            HttpResponse<String> response = client.post("/api/v1/articles", body, SUBMIT_TIMEOUT);
            if (response.statusCode() == 401) {
                // The token expired during a long import: log in again once and resend.
                response = freshClient().post("/api/v1/articles", body, SUBMIT_TIMEOUT);
            }
            if (response.statusCode() != 201) {
                throw new ImportException(problemDetail(response.statusCode(), response.body()));
            }
            return ClaimdeskClient.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ImportException("cannot reach " + options.app() + ": " + e);
        }
    }

    private synchronized ClaimdeskClient freshClient() throws IOException, InterruptedException {
        client = ClaimdeskClient.login(options.app(), options.realmUrl(), options.user(), options.password());
        return client;
    }

    private static String read(Path path) throws ImportException {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("not UTF-8 text");
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage());
        }
    }

    /** The {@code detail} of a problem+json answer, else the status and the start of the body. */
    static String problemDetail(int status, String body) {
        try {
            JsonNode detail = ClaimdeskClient.JSON.readTree(body).get("detail");
            if (detail != null && detail.isTextual()) {
                return "HTTP " + status + ": " + detail.asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // Falls through to the raw body.
        }
        String raw = body == null ? "" : body.strip();
        return "HTTP " + status
                + (raw.isEmpty() ? "" : ": " + (raw.length() > 200 ? raw.substring(0, 200) + "…" : raw));
    }

    private static final class ImportException extends Exception {

        ImportException(String message) {
            super(message, null, false, false);
        }
    }
}
