package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An Elasticsearch node secured the way ECK runs it on Kubernetes: security on, HTTPS only, with a certificate signed
 * by a CA of its own (made with {@code elasticsearch-certutil}, naming 127.0.0.1 only: reached as localhost, the same
 * address, the node is not the one its certificate names, which shows a client checks the name), and two users of its
 * file realm (made with {@code elasticsearch-users}): the app's, holding the role {@code claimdesk_app} that
 * {@code kustomize/base/elasticsearch-app-role.yaml} gives it on Kubernetes, and a superuser for the tests' own checks.
 * Everything is made at the node's first start, in its instance directory, so a test can show that the application
 * talks to such a node only when it trusts that CA.
 */
public final class ElasticsearchTls {

    /** The application's user, with the role {@link #APP_ROLE} only. */
    public static final String APP_USER = "claimdesk";
    public static final String APP_PASSWORD = "claimdesk-app-local-secret";
    /** A superuser, for checks made beside the application. */
    public static final String ADMIN_USER = "claimdesk-admin";
    public static final String ADMIN_PASSWORD = "claimdesk-admin-local-secret";
    /** The role {@code kustomize/base/elasticsearch-app-role.yaml} gives the app on Kubernetes, in roles.yml. */
    public static final String APP_ROLE = """
            claimdesk_app:
              cluster: ["monitor", "manage_index_templates"]
              indices:
                - names: ["claimdesk-verdicts*"]
                  privileges: ["all"]
            """;
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

    private final Path configDir;

    /**
     * @param configDir
     *            the node's configuration directory (its {@code ES_PATH_CONF})
     */
    ElasticsearchTls(Path configDir) {
        this.configDir = configDir;
    }

    /** The CA that signed the node's HTTP certificate (PEM): what a client must trust. */
    public Path caCertificate() {
        return certs().resolve("ca.crt");
    }

    /** The node settings: security on, and HTTP over TLS with the certificate made by {@link #prepare}. */
    List<String> settings() {
        return List.of("-Expack.security.enabled=true",
                "-Expack.security.http.ssl.enabled=true",
                "-Expack.security.http.ssl.key=certs/node.key",
                "-Expack.security.http.ssl.certificate=certs/node.crt",
                "-Expack.security.http.ssl.certificate_authorities=certs/ca.crt");
    }

    /**
     * Makes the CA, the node's certificate, the role and the users, unless an earlier start did; runs the tools of the
     * installed distribution with the node's environment (its Java, its configuration directory).
     */
    void prepare(Path install, Map<String, String> environment, Path logs) {
        if (Files.exists(caCertificate())) {
            return;
        }
        try {
            Path work = Files.createDirectories(configDir.resolve("certutil"));
            Path tools = install.resolve("bin");
            run(environment, logs, tools.resolve("elasticsearch-certutil").toString(), "ca", "--pem", "--silent",
                    "--out", work.resolve("ca.zip").toString());
            unzip(work.resolve("ca.zip"), work);
            run(environment, logs, tools.resolve("elasticsearch-certutil").toString(), "cert", "--pem", "--silent",
                    "--ca-cert", work.resolve("ca/ca.crt").toString(), "--ca-key", work.resolve("ca/ca.key").toString(),
                    "--name", "node", "--ip", "127.0.0.1",
                    "--out", work.resolve("node.zip").toString());
            unzip(work.resolve("node.zip"), work);
            Files.writeString(configDir.resolve("roles.yml"), APP_ROLE, StandardCharsets.UTF_8);
            run(environment, logs, tools.resolve("elasticsearch-users").toString(), "useradd", APP_USER, "-p",
                    APP_PASSWORD, "-r", "claimdesk_app");
            run(environment, logs, tools.resolve("elasticsearch-users").toString(), "useradd", ADMIN_USER, "-p",
                    ADMIN_PASSWORD, "-r", "superuser");
            Files.createDirectories(certs());
            Files.copy(work.resolve("node/node.crt"), certs().resolve("node.crt"));
            Files.copy(work.resolve("node/node.key"), certs().resolve("node.key"));
            // Last: its presence says the rest is done.
            Files.copy(work.resolve("ca/ca.crt"), caCertificate());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the certificates and users of " + configDir, e);
        }
    }

    /**
     * Healthy once the node answers the superuser over HTTPS, trusting the node's CA only and checking its name, for a
     * cluster that has an elected master and every primary shard.
     */
    HealthProbe probe(int port) {
        URI url = URI.create("https://127.0.0.1:" + port + "/_cluster/health?wait_for_status=yellow&timeout=2s");
        HttpClient client = HttpClient.newBuilder().sslContext(trustingItsCa()).connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest request = asAdmin(HttpRequest.newBuilder(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return () -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** A TLS context that trusts the node's CA and nothing else. */
    public SSLContext trustingItsCa() {
        try (InputStream pem = Files.newInputStream(caCertificate())) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trusted.setCertificateEntry("ca-" + trusted.size(), certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + caCertificate(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust " + caCertificate(), e);
        }
    }

    /** The request with the superuser's basic authentication. */
    public HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
        return request.header("Authorization", adminAuthorization());
    }

    /** The superuser's {@code Authorization} header value (basic authentication). */
    public String adminAuthorization() {
        String credentials = ADMIN_USER + ":" + ADMIN_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private Path certs() {
        return configDir.resolve("certs");
    }

    private void run(Map<String, String> environment, Path logs, String... command) throws IOException {
        Path log = logs.resolve("elasticsearch-tools.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " took more than " + TOOL_TIMEOUT + "; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command[0], e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command[0] + " " + command[1] + " failed (exit " + process.exitValue()
                    + "); see " + log);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("entry outside " + target + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file);
                }
            }
        }
    }
}
