package io.claimdesk.workflow.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.claimdesk.workflow.Refusal;
import io.claimdesk.workflow.WorkflowException;

/**
 * The fetcher's address checks, all at the check: no test here connects anywhere but to its own server on 127.0.0.1.
 */
class ArticleFetcherTest {

    static final String[] SPECIAL_PURPOSE_SAMPLES = {"0.0.0.0", "0.1.2.3", "10.1.2.3", "100.64.0.1", "100.127.255.254",
            "127.0.0.1", "127.255.0.9", "169.254.169.254", "172.16.0.1", "172.31.255.254", "192.0.0.8", "192.0.2.2",
            "192.168.1.1", "198.18.0.1", "198.19.255.254", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.1.1.1",
            "240.0.0.1", "250.1.2.3", "255.255.255.255", "::", "::1", "::127.0.0.1", "fc00::1", "fd00::2",
            "fe80::1", "ff02::1", "64:ff9b::7f00:1", "2002:7f00:1::1", "2001:db8::1", "100::1"};
    static final String[] PUBLIC = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "198.20.0.1",
            "2606:4700::1111", "2a00:1450:4007::1"};

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreFetched() {
        assertThat(ArticleFetcher.parse(" https://www.example.org/a?b=c ").getHost()).isEqualTo("www.example.org");
        for (String bad : new String[]{"ftp://example.org/x", "file:///etc/passwd", "https:///nohost", "example.org",
                "http://exa mple.org", "", "javascript:alert(1)//http://x"}) {
            assertThatThrownBy(() -> ArticleFetcher.parse(bad)).as(bad).isInstanceOf(WorkflowException.class);
        }
    }

    @Test
    void everySpecialPurposeRangeIsRefusedAndPublicAddressesAreNot() throws UnknownHostException {
        for (String address : SPECIAL_PURPOSE_SAMPLES) {
            assertThat(FetchAddressGuard.isSpecialPurpose(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : PUBLIC) {
            assertThat(FetchAddressGuard.isSpecialPurpose(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void ambiguousIpv4LiteralsAreRefusedBeforeAnyLookup() {
        for (String url : new String[]{"http://0177.0.0.1:9200/", "http://0x7f.1/", "http://0x7f000001/",
                "http://2130706433/", "http://127.1/", "http://127.0.0.1./", "http://1.2.3.4.5/", "http://010.0.0.1/",
                "http://user@017700000001:80/"}) {
            assertThatThrownBy(() -> ArticleFetcher.parse(url)).as(url)
                    .isInstanceOfSatisfying(WorkflowException.class,
                            e -> assertThat(e.code()).isEqualTo(Refusal.FETCH_AMBIGUOUS_ADDRESS));
        }
        assertThat(ArticleFetcher.parse("http://93.184.216.34/").getHost()).isEqualTo("93.184.216.34");
        assertThat(ArticleFetcher.parse("http://0.example.org/").getHost()).isEqualTo("0.example.org");
    }

    @Test
    void everyResolvedAddressIsCheckedNotOnlyTheFirst() {
        FetchAddressGuard guard = new FetchAddressGuard(Set.of(), host -> new InetAddress[]{
                address("93.184.216.34"), address("10.0.0.5")}, Set::of);

        assertThatThrownBy(() -> guard.resolve("two-answers.example")).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.code()).isEqualTo(Refusal.FETCH_PRIVATE_ADDRESS));
    }

    @Test
    void anAddressOfThisMachinesInterfacesIsRefusedEvenWhenPublic() {
        // The interface list is given: the check must refuse whatever it holds, special-purpose or not.
        FetchAddressGuard guard = new FetchAddressGuard(Set.of(), InetAddress::getAllByName,
                () -> Set.of(address("93.184.216.34")));

        assertThatThrownBy(() -> guard.resolve("93.184.216.34")).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.code()).isEqualTo(Refusal.FETCH_PRIVATE_ADDRESS));
        assertThat(guard.resolve("1.1.1.1")).containsExactly(address("1.1.1.1"));
    }

    @Test
    void everyAddressOfThisMachineIsRefused() {
        FetchAddressGuard guard = new FetchAddressGuard(Set.of(), InetAddress::getAllByName);
        Set<InetAddress> own = FetchAddressGuard.ownAddresses();

        assertThat(own).contains(address("127.0.0.1"));
        for (InetAddress address : own) {
            String literal = address.getHostAddress().replaceFirst("%.*$", "");
            assertThatThrownBy(() -> guard.resolve(literal.contains(":") ? "[" + literal + "]" : literal))
                    .as(literal).isInstanceOfSatisfying(WorkflowException.class,
                            e -> assertThat(e.code()).isEqualTo(Refusal.FETCH_PRIVATE_ADDRESS));
        }
    }

    @Test
    void ipv4MappedIpv6LiteralsAreRefusedAsAForm() {
        FetchAddressGuard guard = new FetchAddressGuard(Set.of(address("127.0.0.1")), InetAddress::getAllByName);

        for (String host : new String[]{"[::ffff:127.0.0.1]", "[::ffff:93.184.216.34]", "[::ffff:7f00:2]"}) {
            assertThatThrownBy(() -> guard.resolve(host)).as(host).isInstanceOf(WorkflowException.class);
        }
    }

    @Test
    void theConnectionGoesToTheCheckedAddressNotToASecondLookup() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> hosts = new CopyOnWriteArrayList<>();
        server.createContext("/a", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            byte[] page = "<h1>Pinned</h1><p>Le Nil a débordé.</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            // A rebinding resolver: the checked answer first, then a private one for anyone who asks again.
            AtomicInteger lookups = new AtomicInteger();
            ArticleFetcher fetcher = fetcher(List.of("127.0.0.1"), host -> new InetAddress[]{
                    address(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "10.9.9.9")});
            int port = server.getAddress().getPort();

            ArticleFetcher.FetchedPage page = fetcher.fetch("http://rebinding.example:" + port + "/a");

            assertThat(page.content()).contains("Pinned");
            assertThat(lookups).hasValue(1);
            assertThat(hosts).containsExactly("rebinding.example:" + port);
            fetcher.stop();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void localhostIsRefusedBeforeAnyConnectionUnlessAllowed() {
        ArticleFetcher fetcher = fetcher(List.of(), InetAddress::getAllByName);
        for (String url : new String[]{"http://localhost:1/article", "http://127.0.0.1:1/article",
                "http://[::1]:1/article", "http://127.0.0.2:1/article"}) {
            assertThatThrownBy(() -> fetcher.fetch(url)).as(url)
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("private or reserved networks");
        }
        fetcher.stop();
    }

    private static ArticleFetcher fetcher(List<String> allowed, FetchAddressGuard.Resolver resolver) {
        ArticleFetcher fetcher = new ArticleFetcher();
        fetcher.config = config(allowed);
        fetcher.resolver = resolver;
        fetcher.start();
        return fetcher;
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static ArticleFetchConfig config(List<String> allowed) {
        return new ArticleFetchConfig() {

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public int maxBytes() {
                return 1000;
            }

            @Override
            public int maxRedirects() {
                return 3;
            }

            @Override
            public int maxConcurrent() {
                return 2;
            }

            @Override
            public Optional<List<String>> allowedAddresses() {
                return Optional.of(allowed);
            }
        };
    }
}
