package io.claimdesk.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Test stacks get ports no outgoing connection can take before their servers bind them. */
class StackConfigTest {

    static final int DRAWS = 30;

    @Test
    void testPortsAreFreeDistinctAndBelowTheEphemeralRange() throws IOException {
        int ephemeralStart = Integer.parseInt(
                Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip().split("\\s+")[0]);
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < DRAWS; i++) {
            int port = StackConfig.freePort();
            assertThat(port).isGreaterThanOrEqualTo(StackConfig.MIN_TEST_PORT).isLessThan(ephemeralStart);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
            ports.add(port);
        }
        assertThat(ports).hasSize(DRAWS);
    }

    @Test
    void aStackForTestsUsesSixDifferentPorts() {
        StackConfig config = StackConfig.forTests();

        assertThat(Set.of(config.appPort(), config.postgresPort(), config.elasticsearchPort(),
                config.elasticsearchTransportPort(), config.keycloakPort(), config.keycloakManagementPort()))
                .hasSize(6)
                .allSatisfy(port -> assertThat(port).isLessThan(StackConfig.MAX_TEST_PORT));
    }
}
