package io.claimdesk.deploy.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A {@link LocalServer} that is one child process: starting prepares it, launches it and waits for its health probe;
 * stopping signals it. Subclasses say only how they are prepared and probed.
 */
abstract class ProcessServer implements LocalServer {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    /** How to launch a prepared server and how to tell it is ready. */
    record Launch(List<String> command, Map<String, String> environment, Path workDir, HealthProbe probe) {
    }

    private final String name;
    private final String displayName;
    private final Duration startTimeout;
    final ServerProcess process;
    private Duration startupTime = Duration.ZERO;

    ProcessServer(String name, String displayName, Path logFile, String stopSignal, Duration startTimeout) {
        this.name = name;
        this.displayName = displayName;
        this.startTimeout = startTimeout;
        this.process = new ServerProcess(name, logFile, stopSignal);
    }

    @Override
    public final String name() {
        return name;
    }

    /** Installs and prepares what the server needs (directories, data, configuration) and says how to launch it. */
    abstract Launch prepare();

    /** Work once the server answers, counted in its start-up time (e.g. creating databases). */
    void afterReady() {
    }

    @Override
    public final synchronized void start() {
        if (isRunning()) {
            return;
        }
        Launch launch = prepare();
        StackConsole.say("starting " + displayName + " on port " + port());
        Instant start = Instant.now();
        process.start(launch.command(), launch.environment(), launch.workDir());
        process.awaitHealthy(launch.probe(), startTimeout);
        afterReady();
        startupTime = Duration.between(start, Instant.now());
        StackConsole.say(displayName + " ready in " + StackConsole.seconds(startupTime) + " (pid " + pid() + ")");
    }

    @Override
    public final synchronized void stop() {
        process.stop(STOP_GRACE);
    }

    @Override
    public final synchronized void kill() {
        process.kill(KILL_WAIT);
    }

    @Override
    public final boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public final long pid() {
        return process.pid();
    }

    @Override
    public final Duration startupTime() {
        return startupTime;
    }

    public Path logFile() {
        return process.logFile();
    }

    public String logTail() {
        return process.logTail();
    }
}
