package io.claimdesk.workflow.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClientBuilder;

import io.quarkus.elasticsearch.restclient.lowlevel.ElasticsearchClientConfig;

/**
 * Makes the Elasticsearch client trust the certificate authority in {@code claimdesk.elasticsearch.ca-file} (PEM), and
 * nothing else, when it speaks HTTPS ({@code quarkus.elasticsearch.protocol=https}). On Kubernetes that file is the CA
 * with which ECK signs the cluster's HTTP certificate, which no JVM trust store holds; it is mounted from ECK's Secret
 * {@code claimdesk-es-http-certs-public}. Quarkus 3.32's Elasticsearch REST client has no trust setting of its own (no
 * TLS registry name): it applies this callback to the client it builds. The host name is still checked against the
 * certificate, by the Apache client's default verifier, which this leaves in place. Without the setting (the local
 * stack's plain HTTP) the client is left as it is.
 */
@ElasticsearchClientConfig
public class ElasticsearchCaTrust implements RestClientBuilder.HttpClientConfigCallback {

    private final Optional<Path> caFile;

    public ElasticsearchCaTrust(@ConfigProperty(name = "claimdesk.elasticsearch.ca-file") Optional<Path> caFile) {
        this.caFile = caFile;
    }

    @Override
    public HttpAsyncClientBuilder customizeHttpClient(HttpAsyncClientBuilder builder) {
        caFile.ifPresent(file -> builder.setSSLContext(trusting(file)));
        return builder;
    }

    /** A TLS context whose only trusted authorities are the certificates in the PEM file. */
    static SSLContext trusting(Path pemFile) {
        try (InputStream pem = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(pem);
            if (certificates.isEmpty()) {
                throw new IllegalStateException("no certificate in " + pemFile + " (claimdesk.elasticsearch.ca-file)");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (Certificate certificate : certificates) {
                trusted.setCertificateEntry("ca-" + trusted.size(), certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Elasticsearch CA " + pemFile
                    + " (claimdesk.elasticsearch.ca-file)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the Elasticsearch CA in " + pemFile, e);
        }
    }
}
