package io.claimdesk.workflow;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by PostgreSQL being unreachable (down, restarting, a connection cut) from a real error, so
 * that clients get a retryable 503 for the first and a 500 only for the second.
 */
public final class DatabaseConnectionFailure {

    /** What clients are told. */
    public static final String MESSAGE = "The database (PostgreSQL) cannot be reached; try again in a moment.";

    private DatabaseConnectionFailure() {
    }

    /**
     * True if the failure, one of its causes or an exception suppressed along the way (a commit that failed reports
     * the driver's error as suppressed by the transaction manager's) says the database connection failed or could not
     * be made.
     */
    public static boolean in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.push(failure);
        while (!next.isEmpty()) {
            Throwable cause = next.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (isConnectionFailure(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.push(cause.getCause());
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                next.push(suppressed);
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        // Agroal's pool reports a connection it could not get in time without an SQL state.
        return cause instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().startsWith("Acquisition timeout");
    }

    // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or is still starting.
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
