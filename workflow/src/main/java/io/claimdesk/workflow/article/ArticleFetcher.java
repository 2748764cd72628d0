package io.claimdesk.workflow.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIUtils;
import org.apache.http.impl.NoConnectionReuseStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/**
 * Fetches an article's page for a URL given instead of a text: http(s) only; each hop's host resolved once, every
 * address checked by {@link FetchAddressGuard} and the connection made to the checked address; one deadline for the
 * whole
 * exchange that closes the connection when it passes; a size limit; HTML or plain text only; a bounded number of
 * fetches
 * at once. Every way a server can fail to send a page gets the same message, so the answers tell nothing about ports.
 */
@ApplicationScoped
public class ArticleFetcher {

    static final Set<String> TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    @Inject
    ArticleFetchConfig config;

    FetchAddressGuard.Resolver resolver = InetAddress::getAllByName;

    private FetchAddressGuard guard;
    private Semaphore slots;
    private CloseableHttpClient client;
    private ScheduledExecutorService deadlines;

    @PostConstruct
    void start() {
        Set<InetAddress> allowed = new HashSet<>();
        for (String address : config.allowedAddresses().orElse(List.of())) {
            try {
                allowed.add(InetAddress.getByName(address.strip()));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("claimdesk.fetch.allowed-addresses: not an address: " + address, e);
            }
        }
        guard = new FetchAddressGuard(allowed, resolver);
        slots = new Semaphore(config.maxConcurrent());
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setMaxTotal(config.maxConcurrent());
        connections.setDefaultMaxPerRoute(config.maxConcurrent());
        client = HttpClients.custom()
                .setConnectionManager(connections)
                // Should anything still resolve a name, it goes through the same check.
                .setDnsResolver(host -> guard.resolve(host))
                .setConnectionReuseStrategy(NoConnectionReuseStrategy.INSTANCE)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .setUserAgent("Claimdesk article fetcher")
                .build();
        deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "article-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        deadlines.shutdownNow();
        try {
            client.close();
        } catch (IOException e) {
            // Closing connections that are going away anyway.
        }
    }

    /** The page behind the URL within the time limit, or a refusal that says what was wrong. */
    public FetchedPage fetch(String url) {
        URI uri = parse(url);
        if (!slots.tryAcquire()) {
            throw WorkflowException.busy(Refusal.FETCH_BUSY, config.maxConcurrent());
        }
        try {
            return fetchBefore(uri, System.nanoTime() + config.timeout().toNanos());
        } finally {
            slots.release();
        }
    }

    private FetchedPage fetchBefore(URI first, long deadline) {
        URI uri = first;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            InetAddress address = guard.resolve(uri.getHost())[0];
            HttpGet get = new HttpGet(uri);
            int left = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            get.setConfig(RequestConfig.custom().setConnectTimeout(left).setSocketTimeout(left)
                    .setConnectionRequestTimeout(left).build());
            get.setHeader("Accept", "text/html, application/xhtml+xml, text/plain;q=0.8");
            // The socket timeout bounds each read; this bounds the whole exchange, a body that trickles in included.
            ScheduledFuture<?> cut = deadlines.schedule(get::abort, left, TimeUnit.MILLISECONDS);
            try (CloseableHttpResponse response = client.execute(pinned(uri, address), get)) {
                int status = response.getStatusLine().getStatusCode();
                Header location = response.getFirstHeader("Location");
                if (status >= 300 && status < 400 && location != null) {
                    uri = parse(resolve(uri, location.getValue()));
                    continue;
                }
                if (status != 200) {
                    throw WorkflowException.invalid(Refusal.FETCH_HTTP_STATUS, uri, status);
                }
                return read(uri, response);
            } catch (IOException e) {
                throw unreachable(uri);
            } finally {
                cut.cancel(false);
            }
        }
        throw WorkflowException.invalid(Refusal.FETCH_TOO_MANY_REDIRECTS, first, config.maxRedirects());
    }

    // The connection goes to the address just checked; the host name still names the site (Host header, TLS name).
    private static HttpHost pinned(URI uri, InetAddress address) {
        HttpHost named = URIUtils.extractHost(uri);
        int port = uri.getPort() > 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return new HttpHost(address, named.getHostName(), port, named.getSchemeName());
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(location.strip()).toString();
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw WorkflowException.invalid(Refusal.FETCH_NOT_HTTP, url);
            }
            if (uri.getHost() == null) {
                // java.net.URI leaves the host out of 127.1 or 0x7f.1; say why rather than "not http".
                String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
                String host = authority.replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
                if (!host.isEmpty()) {
                    FetchAddressGuard.refuseAmbiguous(host);
                }
                throw WorkflowException.invalid(Refusal.FETCH_NOT_HTTP, url);
            }
            FetchAddressGuard.refuseAmbiguous(uri.getHost());
            return uri;
        } catch (URISyntaxException e) {
            throw WorkflowException.invalid(Refusal.FETCH_NOT_AN_ADDRESS, url, e.getReason());
        }
    }

    private WorkflowException unreachable(URI uri) {
        return WorkflowException.invalid(Refusal.FETCH_FAILED, uri, config.timeout().toSeconds());
    }

    private FetchedPage read(URI uri, CloseableHttpResponse response) throws IOException {
        Header typeHeader = response.getFirstHeader("Content-Type");
        String contentType = typeHeader == null ? "" : typeHeader.getValue();
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw WorkflowException.invalid(Refusal.FETCH_NOT_TEXT, uri, contentType);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new FetchedPage(uri.toString(), !type.equals("text/plain"), "");
        }
        // Not closed here: closing the body reads it to its end; closing the response drops the connection instead.
        InputStream body = entity.getContent();
        byte[] bytes = body.readNBytes(config.maxBytes() + 1);
        if (bytes.length > config.maxBytes()) {
            throw WorkflowException.invalid(Refusal.FETCH_TOO_LARGE, uri, config.maxBytes());
        }
        return new FetchedPage(uri.toString(), !type.equals("text/plain"), new String(bytes, charset(contentType)));
    }

    private static Charset charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (matcher.find()) {
            try {
                return Charset.forName(matcher.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A fetched page: where it was found in the end, whether it is HTML, and its content. */
    public record FetchedPage(String url, boolean html, String content) {
    }
}
