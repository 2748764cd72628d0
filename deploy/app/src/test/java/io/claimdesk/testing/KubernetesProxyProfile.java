package io.claimdesk.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The application with the reverse-proxy settings of the Kubernetes ConfigMap (base/app-config.yaml) as they are, and
 * a public-search rate limit low enough to reach in a test: 2 per second, bursts of 5. The tests' requests come from
 * 127.0.0.1, which is not the cluster's ingress controller.
 */
public class KubernetesProxyProfile extends TrustedProxyProfile {

    static final Path CONFIG_MAP = Path.of("src/main/kustomize/base/app-config.yaml");
    // The ConfigMap's environment variables and the keys they set (the dashes cannot be read back from the names).
    static final Map<String, String> PROXY_KEYS = Map.of(
            "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "quarkus.http.proxy.proxy-address-forwarding",
            "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "quarkus.http.proxy.allow-x-forwarded",
            "QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST", "quarkus.http.proxy.enable-forwarded-host",
            "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "quarkus.http.proxy.trusted-proxies");

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        // Whatever TrustedProxyProfile trusts is replaced by what the ConfigMap says, an empty list included.
        overrides.put("quarkus.http.proxy.trusted-proxies", "");
        try {
            JsonNode data = new ObjectMapper(new YAMLFactory()).readTree(CONFIG_MAP.toFile()).get("data");
            data.fields().forEachRemaining(entry -> {
                String key = PROXY_KEYS.get(entry.getKey());
                if (entry.getKey().startsWith("QUARKUS_HTTP_PROXY_") && key == null) {
                    throw new IllegalStateException("unknown proxy setting in " + CONFIG_MAP + ": " + entry.getKey());
                }
                if (key != null) {
                    overrides.put(key, entry.getValue().asText());
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return overrides;
    }
}
