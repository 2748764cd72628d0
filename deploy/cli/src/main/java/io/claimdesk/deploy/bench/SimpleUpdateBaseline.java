package io.claimdesk.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.claimdesk.deploy.stack.PostgresServer;

/**
 * The database alone, as a baseline for the workflow: pgbench's built-in simple-update transaction ({@code pgbench
 * -N}: update an account, read it back, insert a history row, commit) replayed over JDBC, on pgbench's scale-1 tables
 * in a scratch database of the same server. The PostgreSQL bundle we run ships no pgbench binary.
 */
final class SimpleUpdateBaseline {

    static final String DATABASE = "claimdesk_baseline";
    /** pgbench's accounts at scale 1. */
    static final int ACCOUNTS = 100_000;
    private static final String UPDATE = "UPDATE pgbench_accounts SET abalance = abalance + ? WHERE aid = ?";
    private static final String SELECT = "SELECT abalance FROM pgbench_accounts WHERE aid = ?";
    private static final String INSERT = "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime)"
            + " VALUES (?, 1, ?, ?, CURRENT_TIMESTAMP)";

    private final PostgresServer postgres;

    SimpleUpdateBaseline(PostgresServer postgres) {
        this.postgres = postgres;
    }

    /** Creates the scratch database and pgbench's accounts and history tables, as {@code pgbench -i} would. */
    void initialize() throws SQLException {
        try (Connection admin = postgres.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection connection = postgres.connect(DATABASE); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pgbench_accounts (aid int NOT NULL, bid int, abalance int,"
                    + " filler char(84)) WITH (fillfactor = 100)");
            statement.execute("CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp,"
                    + " filler char(22))");
            statement.execute("INSERT INTO pgbench_accounts (aid, bid, abalance, filler)"
                    + " SELECT aid, 1, 0, '' FROM generate_series(1, " + ACCOUNTS + ") AS aid");
            statement.execute("ALTER TABLE pgbench_accounts ADD PRIMARY KEY (aid)");
            statement.execute("VACUUM ANALYZE pgbench_accounts");
        }
    }

    /** One client per connection; each transaction is one sample. */
    List<ClosedLoop.Client> clients(int count) {
        List<ClosedLoop.Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(this::runTransactions);
        }
        return clients;
    }

    private void runTransactions(ClosedLoop.Bounds bounds, ClosedLoop.Tally tally) throws SQLException {
        try (Connection connection = postgres.connect(DATABASE);
                PreparedStatement update = connection.prepareStatement(UPDATE);
                PreparedStatement select = connection.prepareStatement(SELECT);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (bounds.next()) {
                int account = random.nextInt(1, ACCOUNTS + 1);
                int delta = random.nextInt(-5000, 5001);
                long begin = System.nanoTime();
                try {
                    update.setInt(1, delta);
                    update.setInt(2, account);
                    update.executeUpdate();
                    select.setInt(1, account);
                    try (ResultSet balance = select.executeQuery()) {
                        balance.next();
                    }
                    insert.setInt(1, random.nextInt(1, 11));
                    insert.setInt(2, account);
                    insert.setInt(3, delta);
                    insert.executeUpdate();
                    connection.commit();
                    tally.succeeded("simple-update", System.nanoTime() - begin);
                } catch (SQLException e) {
                    connection.rollback();
                    tally.failed("SQL state " + e.getSQLState(), true);
                }
            }
        }
    }
}
