package io.claimdesk.deploy.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.security.auth.module.UnixSystem;

import io.claimdesk.deploy.stack.HealthProbe;
import io.claimdesk.deploy.stack.ServerDistribution;
import io.claimdesk.deploy.stack.ServerProcess;

/**
 * Runs an image without a container engine: its layers unpacked into a directory, then its entrypoint and command
 * started by {@code unshare} with that directory as the root, the image's working directory, user and environment.
 * It shares the host's network, so a port it listens on is reachable from the test.
 */
final class UnpackedContainer implements AutoCloseable {

    private final ServerProcess process;
    private final Path rootfs;

    private UnpackedContainer(ServerProcess process, Path rootfs) {
        this.process = process;
        this.rootfs = rootfs;
    }

    /**
     * Unpacks {@code image} into {@code dir}/rootfs and starts it with {@code environment} added to the image's own
     * (a later value wins, as with {@code docker run -e}); the output goes to {@code dir}/container.log.
     */
    static UnpackedContainer start(PushedImage image, Path dir, Map<String, String> environment)
            throws IOException {
        Path rootfs = dir.resolve("rootfs").toAbsolutePath();
        image.unpackInto(rootfs);
        Files.createDirectories(rootfs.resolve("proc"));
        JsonNode config = image.config();

        List<String> command = new ArrayList<>(List.of("unshare", "--root=" + rootfs,
                "--wd=" + config.path("WorkingDir").asText("/")));
        command.addAll(namespaceOptions(config.path("User").asText("")));
        command.add("--");
        config.path("Entrypoint").forEach(argument -> command.add(argument.asText()));
        config.path("Cmd").forEach(argument -> command.add(argument.asText()));

        Map<String, String> env = new HashMap<>();
        for (JsonNode variable : config.path("Env")) {
            String[] nameAndValue = variable.asText().split("=", 2);
            env.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        }
        env.putAll(environment);

        ServerProcess process = new ServerProcess("container", dir.resolve("container.log"), "TERM");
        process.start(command, env, dir);
        return new UnpackedContainer(process, rootfs);
    }

    /** Waits until the probe passes; fails with the end of the container's output if it exits first. */
    void awaitHealthy(HealthProbe probe, Duration timeout) {
        process.awaitHealthy(probe, timeout);
    }

    /** Stops the process and deletes the unpacked layers; the output stays. */
    @Override
    public void close() throws IOException {
        process.stop(Duration.ofSeconds(10));
        ServerDistribution.deleteRecursively(rootfs);
    }

    /**
     * As root: a mount namespace with its own /proc (the dynamic loader and the JVM read it) and the image's numeric
     * user (uid[:gid]). Otherwise a user namespace where the caller is root, since only there may an unprivileged
     * process change its root; mounting /proc there also needs a PID namespace, and the user stays the caller.
     */
    private static List<String> namespaceOptions(String user) {
        if (new UnixSystem().getUid() != 0) {
            return List.of("--map-root-user", "--pid", "--fork", "--kill-child", "--mount-proc");
        }
        List<String> options = new ArrayList<>(List.of("--mount-proc"));
        if (!user.isEmpty()) {
            String[] uidAndGid = user.split(":", 2);
            options.add("--setuid=" + uidAndGid[0]);
            options.add("--setgid=" + (uidAndGid.length > 1 ? uidAndGid[1] : "0"));
        }
        return options;
    }
}
