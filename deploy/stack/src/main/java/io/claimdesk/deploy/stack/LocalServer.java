package io.claimdesk.deploy.stack;

import java.time.Duration;

/** A server of the local stack, with the lifecycle every one of them follows: install, start, wait healthy, stop. */
public interface LocalServer {

    /** Short name for progress lines ("postgresql", "elasticsearch", "keycloak"). */
    String name();

    /** The port clients connect to. */
    int port();

    /** Installs if needed, starts, and returns once the server is healthy. */
    void start();

    /** Stops the server cleanly (forcibly after a grace period); does nothing if it is not running. */
    void stop();

    /**
     * Kills the server and its child processes with SIGKILL (kill -9), as a crash would; returns once they are gone.
     */
    void kill();

    /** True while the server process runs. */
    boolean isRunning();

    /** The PID of the server process, -1 if it never started. */
    long pid();

    /** How long the last start took from launch to healthy, without download and unpacking. */
    Duration startupTime();
}
