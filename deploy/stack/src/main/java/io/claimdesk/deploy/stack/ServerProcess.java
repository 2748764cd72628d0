package io.claimdesk.deploy.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One operating-system process of the stack: started with its environment and a log file, awaited until healthy,
 * stopped gracefully then forcibly together with its children, or killed outright (fault tests).
 */
public final class ServerProcess {

    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final Path logFile;
    private final String stopSignal;
    private Process process;

    /**
     * @param name
     *            shown in progress lines and errors
     * @param logFile
     *            receives the process's standard output and error (appended)
     * @param stopSignal
     *            the signal asking the process to stop cleanly, e.g. TERM, or INT for PostgreSQL's fast
     *            shutdown
     */
    public ServerProcess(String name, Path logFile, String stopSignal) {
        this.name = name;
        this.logFile = logFile;
        this.stopSignal = stopSignal;
    }

    /** Starts the process; it gets its own session so a Ctrl-C in the terminal reaches only the launcher. */
    public synchronized void start(List<String> command, Map<String, String> environment, Path workDir) {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        List<String> full = new ArrayList<>();
        full.add("setsid");
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile,
                    "=== " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the probe succeeds; fails with the end of the log if the process dies or the timeout passes. */
    public void awaitHealthy(HealthProbe probe, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!isAlive()) {
                throw failure(name + " exited with code " + process.exitValue() + " before becoming ready");
            }
            try {
                if (probe.isHealthy()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting for " + name);
            } catch (Exception notReadyYet) {
                // Connection refused and the like: the server is still starting.
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(name + " not ready after " + timeout.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    /** Runs a one-shot command (initdb, say) with the same log file; fails with the log's end unless it exits 0. */
    public void runToCompletion(List<String> command, Map<String, String> environment, Path workDir,
            Duration timeout) {
        start(command, environment, workDir);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw failure(command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while running " + command.get(0));
        }
        if (process.exitValue() != 0) {
            throw failure(String.join(" ", command) + " exited with code " + process.exitValue());
        }
    }

    /** Asks the process to stop, waits up to {@code grace} for its whole tree, then kills whatever is left. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        // Launcher scripts (kc.sh, Elasticsearch's CLI) may exit before the server JVM they started: wait for all.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        if (process.isAlive()) {
            signal(stopSignal);
        }
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : tree) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                handle.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                StackConsole.say(name + " did not stop within " + grace.toSeconds() + " s, killing it");
                break;
            } catch (ExecutionException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        tree.forEach(ProcessHandle::destroyForcibly);
    }

    /**
     * Kills the process and all its descendants with SIGKILL at once, the way a crash or the OOM killer would: no
     * signal handler runs, nothing is flushed. Waits up to {@code wait} for all of them to be gone.
     */
    public synchronized void kill(Duration wait) {
        if (process == null) {
            return;
        }
        // Descendants first, while they are still ours: once their parent dies they are re-parented and lost.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plus(wait);
        for (ProcessHandle handle : tree) {
            try {
                long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                handle.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new IllegalStateException(name + " (pid " + handle.pid() + ") survived SIGKILL for "
                        + wait.toSeconds() + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while killing " + name, e);
            }
        }
    }

    /** True while the process runs. */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The PID of the process (the server itself: setsid and setpriv exec), or -1 if never started. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** The log file. */
    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + "; last lines of " + logFile + ":" + System.lineSeparator()
                + logTail());
    }

    private void signal(String signal) {
        if ("TERM".equals(signal)) {
            process.destroy();
            return;
        }
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
