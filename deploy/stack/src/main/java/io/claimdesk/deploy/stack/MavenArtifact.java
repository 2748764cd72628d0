package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** One artifact on a Maven repository: its URL, and its download into the cache checked against its {@code .sha1}. */
public record MavenArtifact(String groupId, String artifactId, String version, String extension) {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20))
            .build();

    /** The file name, as Maven names it. */
    public String fileName() {
        return artifactId + "-" + version + "." + extension;
    }

    /** The path of the file inside a Maven repository layout. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + fileName();
    }

    /** The download URL on the given repository. */
    public URI url(URI repository) {
        String base = repository.toString().endsWith("/") ? repository.toString() : repository + "/";
        return URI.create(base + repositoryPath());
    }

    /** Returns the artifact in the cache, downloading and checking it first if it is not there yet. */
    public Path fetch(URI repository, Path cacheDir) {
        Path target = cacheDir.resolve("maven").resolve(repositoryPath());
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            String expectedSha1 = sha1Of(repository);
            Path partial = target.resolveSibling(fileName() + ".part-" + ProcessHandle.current().pid());
            Instant start = Instant.now();
            StackConsole.say("downloading " + url(repository));
            String actualSha1 = download(url(repository), partial);
            if (!actualSha1.equals(expectedSha1)) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("SHA-1 mismatch for " + url(repository) + ": expected " + expectedSha1
                        + ", got " + actualSha1);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            StackConsole.say(String.format(Locale.ROOT, "downloaded %s (%d MB) in %s", fileName(),
                    Files.size(target) / (1024 * 1024), StackConsole.seconds(Duration.between(start, Instant.now()))));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot download " + url(repository), e);
        }
    }

    private String sha1Of(URI repository) throws IOException {
        URI sha1Url = URI.create(url(repository) + ".sha1");
        HttpResponse<String> response = send(HttpRequest.newBuilder(sha1Url).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + sha1Url);
        }
        // Some repositories append the file name after the hash.
        return response.body().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private static String download(URI url, Path target) throws IOException {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP " + response.statusCode() + " for " + url);
        }
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(response.body(), sha1);
                OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        try {
            return HTTP.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + request.uri(), e);
        }
    }
}
