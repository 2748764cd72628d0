package io.claimdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseConnectionFailureTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsADatabaseOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5433 refused.", "08001",
                new ConnectException("Connection refused"));
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitFailed.initCause(new JDBCConnectionException("could not execute statement", refused));

        assertThat(DatabaseConnectionFailure.in(new RuntimeException("Error invoking subclass method", commitFailed)))
                .isTrue();
    }

    @Test
    void aCommitWhoseConnectionBrokeIsADatabaseOutage() {
        // What Narayana throws when PostgreSQL dies during the commit: the driver's error is only suppressed.
        XAException xa = new XAException("Error trying to transactionCommit local transaction: An I/O error occurred");
        xa.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new EOFException()));
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitFailed.addSuppressed(xa);

        assertThat(DatabaseConnectionFailure.in(new RuntimeException("Error invoking subclass method", commitFailed)))
                .isTrue();
    }

    @Test
    void aCommitRefusedForAnotherReasonIsNot() {
        RollbackException commitFailed = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitFailed.addSuppressed(new SQLException("duplicate key value", "23505"));

        assertThat(DatabaseConnectionFailure.in(commitFailed)).isFalse();
    }

    @Test
    void aServerShuttingDownOrAPoolTimeoutIsADatabaseOutage() {
        assertThat(DatabaseConnectionFailure.in(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseConnectionFailure.in(
                new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void aRefusedStatementOrAnyOtherBugIsNot() {
        assertThat(DatabaseConnectionFailure.in(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value", "23505"), "claim_pkey"))).isFalse();
        assertThat(DatabaseConnectionFailure.in(new NullPointerException())).isFalse();
    }
}
