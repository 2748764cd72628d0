package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user PostgreSQL and Elasticsearch run as: the current user, or, when that is root (both servers refuse root),
 * the system user {@code claimdesk}, created on first use.
 */
public final class ServiceUser {

    static final String SYSTEM_USER = "claimdesk";

    private final boolean dropsRoot;

    private ServiceUser(boolean dropsRoot) {
        this.dropsRoot = dropsRoot;
    }

    /** True when this JVM runs as root. */
    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The user for the servers that refuse root, created if this JVM is root and it does not exist yet. */
    public static synchronized ServiceUser forServers() {
        if (!isRoot()) {
            return new ServiceUser(false);
        }
        if (run(List.of("id", "-u", SYSTEM_USER)) != 0
                && run(List.of("useradd", "-r", "-M", "-s", "/usr/sbin/nologin", SYSTEM_USER)) != 0
                // A concurrent JVM may have created it between the two calls.
                && run(List.of("id", "-u", SYSTEM_USER)) != 0) {
            throw new IllegalStateException("cannot create the system user " + SYSTEM_USER + " (useradd failed)");
        }
        return new ServiceUser(true);
    }

    /** The command that runs {@code command} as this user; setpriv execs, so the started PID is the server's. */
    public List<String> command(List<String> command) {
        if (!dropsRoot) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + SYSTEM_USER, "--regid=" + SYSTEM_USER,
                "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives this user ownership of the directories (recursively) so the dropped server can write there. */
    public void own(Path... dirs) {
        if (!dropsRoot) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("chown", "-R", SYSTEM_USER + ":" + SYSTEM_USER));
        for (Path dir : dirs) {
            command.add(dir.toString());
        }
        if (run(command) != 0) {
            throw new IllegalStateException("cannot run " + String.join(" ", command));
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
