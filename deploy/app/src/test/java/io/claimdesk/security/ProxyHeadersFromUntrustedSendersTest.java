package io.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimdesk.testing.KubernetesProxyProfile;
import io.claimdesk.testing.LocalStackResource;
import io.claimdesk.testing.TrustedProxyProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With the Kubernetes ConfigMap's proxy settings, a sender that is not the ingress controller cannot choose the client
 * address the public rate limit counts: a new X-Forwarded-For on every request still meets the limit.
 */
@QuarkusTest
@TestProfile(KubernetesProxyProfile.class)
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ProxyHeadersFromUntrustedSendersTest {

    @Test
    void aNewForwardedForOnEveryRequestDoesNotDodgeTheRateLimit() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6 * TrustedProxyProfile.BURST && !statuses.contains(429); i++) {
            statuses.add(given().header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .header("Forwarded", "for=198.51.100." + (i + 1))
                    .get("/api/public/v1/verdicts").statusCode());
        }

        assertThat(statuses).as("answers to one sender claiming to be many clients").contains(429)
                .doesNotContain(500);
        assertThat(statuses.indexOf(429)).isLessThanOrEqualTo(3 * TrustedProxyProfile.BURST);
    }
}
