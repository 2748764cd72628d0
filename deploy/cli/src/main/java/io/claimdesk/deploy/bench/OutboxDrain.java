package io.claimdesk.deploy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which application instance wrote how many outbox entries to the index ({@code verdict_outbox.processed_by}): how a
 * run with several instances shows that each did its share of the background work.
 */
public final class OutboxDrain {

    private OutboxDrain() {
    }

    /** Processed outbox entries by instance name, in name order. */
    public static Map<String, Long> byInstance(Connection db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT processed_by, count(*) FROM verdict_outbox"
                        + " WHERE processed_at IS NOT NULL GROUP BY processed_by")) {
            while (rows.next()) {
                counts.put(String.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }
}
