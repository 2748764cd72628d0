package io.claimdesk.deploy.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.claimdesk.deploy.stack.ServerProcess;

/**
 * An in-memory container registry on localhost speaking the part of the OCI distribution API that a push needs (and
 * the reads that a pull makes): the build under test pushes to it with no network and no daemon.
 */
final class LocalRegistry implements AutoCloseable {

    private static final Pattern BLOB = Pattern.compile("/v2/(.+)/blobs/(sha256:[0-9a-f]{64})");
    private static final Pattern UPLOADS = Pattern.compile("/v2/(.+)/blobs/uploads/?");
    private static final Pattern UPLOAD = Pattern.compile("/v2/(.+)/blobs/uploads/([0-9a-f-]{36})");
    private static final Pattern MANIFEST = Pattern.compile("/v2/(.+)/manifests/([^/]+)");
    private static final String KEY_PASSWORD = "registry";
    private static final String DEFAULT_MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";

    /** A manifest as pushed: its bytes and the media type the client declared. */
    record Manifest(byte[] content, String mediaType) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> uploads = new ConcurrentHashMap<>();
    private final Map<String, Manifest> manifests = new ConcurrentHashMap<>();

    private LocalRegistry(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts a registry on a free port of the loopback interface, serving HTTPS with a self-signed certificate made
     * in {@code workDir}: Jib tries HTTPS first, and with {@code insecure} it accepts an unverifiable certificate.
     */
    static LocalRegistry start(Path workDir) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSignedContext(workDir)));
        LocalRegistry registry = new LocalRegistry(server);
        server.createContext("/", registry::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return registry;
    }

    private static SSLContext selfSignedContext(Path workDir) throws IOException {
        Path keyStore = workDir.resolve("registry.p12");
        Files.deleteIfExists(keyStore);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        new ServerProcess("keytool", workDir.resolve("keytool.log"), "TERM").runToCompletion(List.of(keytool,
                "-genkeypair", "-alias", "registry", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", KEY_PASSWORD), Map.of(), workDir,
                Duration.ofMinutes(1));
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEY_PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, KEY_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the registry's certificate", e);
        }
    }

    /** host:port, as an image reference's registry part. */
    String address() {
        return "localhost:" + server.getAddress().getPort();
    }

    /** The manifest pushed under {@code repository:reference} (a tag or a digest), if any. */
    Optional<Manifest> manifest(String repository, String reference) {
        return Optional.ofNullable(manifests.get(repository + ":" + reference));
    }

    /** The blob of that digest ("sha256:..."); fails if it was never pushed. */
    byte[] blob(String digest) {
        byte[] content = blobs.get(digest);
        if (content == null) {
            throw new IllegalStateException("the registry holds no blob " + digest);
        }
        return content;
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher matcher;
            if (path.equals("/v2/") || path.equals("/v2")) {
                respond(exchange, 200, new byte[0]);
            } else if ((matcher = UPLOAD.matcher(path)).matches()) {
                continueUpload(exchange, method, matcher.group(1), matcher.group(2));
            } else if ((matcher = UPLOADS.matcher(path)).matches() && method.equals("POST")) {
                startUpload(exchange, matcher.group(1));
            } else if ((matcher = BLOB.matcher(path)).matches()) {
                readBlob(exchange, matcher.group(2));
            } else if ((matcher = MANIFEST.matcher(path)).matches()) {
                handleManifest(exchange, method, matcher.group(1), matcher.group(2));
            } else {
                error(exchange, 404, "NAME_UNKNOWN", method + " " + path);
            }
        } catch (RuntimeException e) {
            error(exchange, 500, "UNKNOWN", e.toString());
        }
    }

    /** POST: opens an upload session (a cross-repository mount is declined by answering 202 like any upload). */
    private void startUpload(HttpExchange exchange, String repository) throws IOException {
        Optional<String> digest = query(exchange, "digest");
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (digest.isPresent()) {
            storeBlob(exchange, repository, digest.get(), body);
            return;
        }
        String id = UUID.randomUUID().toString();
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        upload.write(body);
        uploads.put(id, upload);
        exchange.getResponseHeaders().set("Location", uploadLocation(repository, id));
        exchange.getResponseHeaders().set("Range", "0-" + Math.max(0, upload.size() - 1));
        exchange.getResponseHeaders().set("Docker-Upload-UUID", id);
        respond(exchange, 202, new byte[0]);
    }

    /** PATCH appends a chunk; PUT appends the last one, closes the session and stores the blob under its digest. */
    private void continueUpload(HttpExchange exchange, String method, String repository, String id)
            throws IOException {
        ByteArrayOutputStream upload = uploads.get(id);
        if (upload == null) {
            error(exchange, 404, "BLOB_UPLOAD_UNKNOWN", id);
            return;
        }
        exchange.getRequestBody().transferTo(upload);
        switch (method) {
            case "PATCH" -> {
                exchange.getResponseHeaders().set("Location", uploadLocation(repository, id));
                exchange.getResponseHeaders().set("Range", "0-" + Math.max(0, upload.size() - 1));
                respond(exchange, 202, new byte[0]);
            }
            case "PUT" -> {
                uploads.remove(id);
                Optional<String> digest = query(exchange, "digest");
                if (digest.isEmpty()) {
                    error(exchange, 400, "DIGEST_INVALID", "PUT without a digest");
                    return;
                }
                storeBlob(exchange, repository, digest.get(), upload.toByteArray());
            }
            default -> error(exchange, 405, "UNSUPPORTED", method);
        }
    }

    private void storeBlob(HttpExchange exchange, String repository, String digest, byte[] content)
            throws IOException {
        String actual = sha256(content);
        if (!actual.equals(digest)) {
            error(exchange, 400, "DIGEST_INVALID", "declared " + digest + ", content is " + actual);
            return;
        }
        blobs.put(digest, content);
        exchange.getResponseHeaders().set("Location", "/v2/" + repository + "/blobs/" + digest);
        exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
        respond(exchange, 201, new byte[0]);
    }

    private void readBlob(HttpExchange exchange, String digest) throws IOException {
        byte[] content = blobs.get(digest);
        if (content == null) {
            error(exchange, 404, "BLOB_UNKNOWN", digest);
            return;
        }
        exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        respond(exchange, 200, content);
    }

    private void handleManifest(HttpExchange exchange, String method, String repository, String reference)
            throws IOException {
        if (method.equals("PUT")) {
            byte[] content = exchange.getRequestBody().readAllBytes();
            String mediaType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .orElse(DEFAULT_MANIFEST_TYPE);
            String digest = sha256(content);
            Manifest manifest = new Manifest(content, mediaType);
            manifests.put(repository + ":" + reference, manifest);
            manifests.put(repository + ":" + digest, manifest);
            exchange.getResponseHeaders().set("Location", "/v2/" + repository + "/manifests/" + digest);
            exchange.getResponseHeaders().set("Docker-Content-Digest", digest);
            respond(exchange, 201, new byte[0]);
            return;
        }
        Manifest manifest = manifests.get(repository + ":" + reference);
        if (manifest == null) {
            error(exchange, 404, "MANIFEST_UNKNOWN", repository + ":" + reference);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", manifest.mediaType());
        exchange.getResponseHeaders().set("Docker-Content-Digest", sha256(manifest.content()));
        respond(exchange, 200, manifest.content());
    }

    /** Sends the status with the body, or for HEAD only the body's length, as the protocol asks. */
    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Docker-Distribution-API-Version", "registry/2.0");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        String json = "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}]}";
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        respond(exchange, status, exchange.getRequestMethod().equals("HEAD")
                ? new byte[0]
                : json.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    private static String uploadLocation(String repository, String id) {
        return "/v2/" + repository + "/blobs/uploads/" + id;
    }

    /** "sha256:" and the lower-case hex digest of the content. */
    static String sha256(byte[] content) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
