package io.claimdesk.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
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

    @Test
    void aThreeNodeStackForTestsGivesEveryNodeItsOwnPortsAndASmallerHeap() {
        StackConfig config = StackConfig.forTests(3);

        assertThat(config.elasticsearchNodes()).isEqualTo(3);
        Set<Integer> ports = new HashSet<>(List.of(config.appPort(), config.postgresPort(), config.keycloakPort(),
                config.keycloakManagementPort()));
        ports.addAll(config.elasticsearchPorts());
        ports.addAll(config.elasticsearchTransportPorts());
        assertThat(ports).hasSize(10);
        assertThat(config.elasticsearchPort()).isEqualTo(config.elasticsearchPorts().get(0));
        assertThat(config.elasticsearchHeap()).isEqualTo(StackConfig.CLUSTER_NODE_HEAP);
    }

    @Test
    void aLoneNodeRunsAsASingleNodeClusterAndSeveralFindEachOtherOnTheirTransportPorts() {
        StackConfig lone = StackConfig.forTests(1);
        StackConfig cluster = StackConfig.forTests(3);
        List<Integer> transport = cluster.elasticsearchTransportPorts();

        assertThat(ElasticsearchServer.discovery(lone, true)).containsExactly("-Ediscovery.type=single-node");
        assertThat(ElasticsearchServer.discovery(cluster, true)).containsExactly(
                "-Ediscovery.seed_hosts=127.0.0.1:" + transport.get(0) + ",127.0.0.1:" + transport.get(1)
                        + ",127.0.0.1:" + transport.get(2),
                "-Ecluster.initial_master_nodes=claimdesk-es-1,claimdesk-es-2,claimdesk-es-3");
        // A cluster that exists already is joined, never bootstrapped a second time.
        assertThat(ElasticsearchServer.discovery(cluster, false)).singleElement().asString()
                .startsWith("-Ediscovery.seed_hosts=");
    }
}
