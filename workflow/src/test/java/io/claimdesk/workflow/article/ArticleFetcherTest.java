package io.claimdesk.workflow.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.claimdesk.workflow.WorkflowException;

class ArticleFetcherTest {

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreFetched() {
        assertThat(ArticleFetcher.parse(" https://www.example.org/a?b=c ").getHost()).isEqualTo("www.example.org");
        for (String bad : new String[]{"ftp://example.org/x", "file:///etc/passwd", "https:///nohost", "example.org",
                "http://exa mple.org", ""}) {
            assertThatThrownBy(() -> ArticleFetcher.parse(bad)).as(bad).isInstanceOf(WorkflowException.class);
        }
    }

    @Test
    void addressesOfThisMachineAndPrivateNetworksArePrivate() throws UnknownHostException {
        for (String address : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fc00::1", "fe80::1", "224.0.0.1"}) {
            assertThat(ArticleFetcher.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : new String[]{"93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"}) {
            assertThat(ArticleFetcher.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
        }
    }

    @Test
    void localhostIsRefusedBeforeAnyConnectionUnlessAllowed() {
        ArticleFetcher fetcher = new ArticleFetcher();
        fetcher.config = config(false);
        assertThatThrownBy(() -> fetcher.fetch("http://localhost:1/article"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("private networks");
        assertThatThrownBy(() -> fetcher.fetch("http://127.0.0.1:1/article"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("private networks");
    }

    private static ArticleFetchConfig config(boolean allowPrivate) {
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
            public boolean allowPrivateHosts() {
                return allowPrivate;
            }
        };
    }
}
