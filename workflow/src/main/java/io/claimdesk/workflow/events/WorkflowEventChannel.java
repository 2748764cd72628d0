package io.claimdesk.workflow.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Carries workflow changes between application instances through PostgreSQL's LISTEN/NOTIFY. A change is notified
 * inside its own transaction, and PostgreSQL delivers it to every listening instance only if that transaction commits;
 * each instance listens on one connection of its pool and hands what arrives to its {@link WorkflowEventStream}. A
 * listener that loses its connection (PostgreSQL restarting) reconnects; changes notified meanwhile are not replayed,
 * which the board copes with by reloading its columns when its event stream reconnects.
 */
@ApplicationScoped
public class WorkflowEventChannel {

    static final String CHANNEL = "claimdesk_workflow_events";
    private static final Logger LOG = Logger.getLogger(WorkflowEventChannel.class);
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    WorkflowEventStream stream;

    private volatile boolean running;
    private Thread listener;

    void notifyInstances(@Observes WorkflowEvent event) {
        entityManager.createNativeQuery("SELECT pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", write(event))
                .getSingleResult();
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        listener = new Thread(this::listen, "claimdesk-workflow-events");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = postgres.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        for (PGNotification notification : arrived) {
                            deliver(notification.getParameter());
                        }
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("UNLISTEN " + CHANNEL);
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Listening for workflow events failed, retrying in %d s: %s",
                            RECONNECT_AFTER.toSeconds(), e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            stream.deliver(json.readValue(payload, WorkflowEvent.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring an unreadable workflow event: %s", e.getOriginalMessage());
        }
    }

    private String write(WorkflowEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write workflow event " + event, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
