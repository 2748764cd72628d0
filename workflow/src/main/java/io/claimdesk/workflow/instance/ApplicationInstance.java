package io.claimdesk.workflow.instance;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This running instance of the application among the others sharing the database: its name is written beside the
 * background work it does (the outbox), so an operator can tell which instance (pod) did what.
 */
@ApplicationScoped
public class ApplicationInstance {

    @ConfigProperty(name = "claimdesk.instance.name")
    Optional<String> configured;

    private String name;

    @PostConstruct
    void decide() {
        name = configured.filter(n -> !n.isBlank()).orElseGet(ApplicationInstance::hostAndProcess);
    }

    /** The configured {@code claimdesk.instance.name}, else {@code host:pid} (a pod's name is its host name). */
    public String name() {
        return name;
    }

    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
