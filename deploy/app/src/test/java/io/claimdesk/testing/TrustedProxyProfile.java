package io.claimdesk.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application behind a trusted reverse proxy on this machine (X-Forwarded-For and -Proto believed from 127.0.0.1),
 * with a public-search rate limit low enough to reach in a test: 2 per second, bursts of 5.
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    public static final int PER_SECOND = 2;
    public static final int BURST = 5;

    public TrustedProxyProfile() {
        NativeLibraryCopies.freshForNextApplication();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                "claimdesk.public.rate-limit.per-second", String.valueOf(PER_SECOND),
                "claimdesk.public.rate-limit.burst", String.valueOf(BURST));
    }
}
