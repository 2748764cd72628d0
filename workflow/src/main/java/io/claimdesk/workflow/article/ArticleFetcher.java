package io.claimdesk.workflow.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/**
 * Fetches an article's page for a URL given instead of a text: http(s) only, a time limit on the whole exchange, a size
 * limit, HTML or plain text only, and no address of this machine or of a private network unless allowed (every
 * redirect is checked again).
 */
@ApplicationScoped
public class ArticleFetcher {

    static final Set<String> TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    @Inject
    ArticleFetchConfig config;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "article-fetcher");
        thread.setDaemon(true);
        return thread;
    });

    /** The page behind the URL within the time limit, or a refusal that says what was wrong. */
    public FetchedPage fetch(String url) {
        URI uri = parse(url);
        // The client's own timeout ends with the headers; this one also bounds a body that trickles in.
        CompletableFuture<FetchedPage> work = CompletableFuture.supplyAsync(() -> fetchNow(uri), readers);
        try {
            return work.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw timedOut(uri);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw WorkflowException.invalid(Refusal.FETCH_FAILED, uri, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkflowException.invalid(Refusal.FETCH_INTERRUPTED, uri);
        }
    }

    private FetchedPage fetchNow(URI first) {
        URI uri = first;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            checkHost(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                close(response);
                uri = parse(uri.resolve(response.headers().firstValue("location").get()).toString());
                continue;
            }
            if (status != 200) {
                close(response);
                throw WorkflowException.invalid(Refusal.FETCH_HTTP_STATUS, uri, status);
            }
            return read(uri, response);
        }
        throw WorkflowException.invalid(Refusal.FETCH_TOO_MANY_REDIRECTS, first, config.maxRedirects());
    }

    static URI parse(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw WorkflowException.invalid(Refusal.FETCH_NOT_HTTP, url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw WorkflowException.invalid(Refusal.FETCH_NOT_AN_ADDRESS, url, e.getReason());
        }
    }

    private void checkHost(URI uri) {
        if (config.allowPrivateHosts()) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw WorkflowException.invalid(Refusal.FETCH_PRIVATE_ADDRESS, uri.getHost());
                }
            }
        } catch (UnknownHostException e) {
            throw WorkflowException.invalid(Refusal.FETCH_UNKNOWN_HOST, uri.getHost());
        }
    }

    /** Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local IPv6, any and multicast. */
    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierNat;
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Accept", "text/html, application/xhtml+xml, text/plain;q=0.8")
                .header("User-Agent", "Claimdesk article fetcher").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw timedOut(uri);
        } catch (IOException e) {
            throw WorkflowException.invalid(Refusal.FETCH_FAILED, uri, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkflowException.invalid(Refusal.FETCH_INTERRUPTED, uri);
        }
    }

    private WorkflowException timedOut(URI uri) {
        return WorkflowException.invalid(Refusal.FETCH_TIMEOUT, uri, config.timeout().toSeconds());
    }

    private FetchedPage read(URI uri, HttpResponse<InputStream> response) {
        String contentType = response.headers().firstValue("content-type").orElse("");
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            close(response);
            throw WorkflowException.invalid(Refusal.FETCH_NOT_TEXT, uri, contentType);
        }
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(config.maxBytes() + 1);
            if (bytes.length > config.maxBytes()) {
                throw WorkflowException.invalid(Refusal.FETCH_TOO_LARGE, uri, config.maxBytes());
            }
            return new FetchedPage(uri.toString(), !type.equals("text/plain"), new String(bytes, charset(contentType)));
        } catch (IOException e) {
            throw WorkflowException.invalid(Refusal.FETCH_UNREADABLE, uri, e.getMessage());
        }
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

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // Nothing to read from it anyway.
        }
    }

    /** A fetched page: where it was found in the end, whether it is HTML, and its content. */
    public record FetchedPage(String url, boolean html, String content) {
    }
}
