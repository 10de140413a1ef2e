package dev.applypilot.server.sync;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Plain JDBC inside Micronaut's transactions: joins the caller's transaction when there is one (so a feature's
 * change, its event and its idempotency record commit together), otherwise opens one.
 */
@Singleton
public class Transactions {
    /** Work on the transaction's connection; the connection is managed by the transaction, never closed here. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    private final TransactionOperations<Connection> operations;

    Transactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    public <R> R write(Work<R> work) {
        return operations.executeWrite(status -> call(work, status.getConnection()));
    }

    public <R> R read(Work<R> work) {
        return operations.executeRead(status -> call(work, status.getConnection()));
    }

    /** Runs {@code action} after the current transaction commits (at once when there is none). */
    public void afterCommit(Runnable action) {
        var status = operations.findTransactionStatus();
        if (status.isEmpty()) {
            action.run();
            return;
        }
        status.get().registerSynchronization(new io.micronaut.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static <R> R call(Work<R> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessFailure(e);
        }
    }

    /** A JDBC failure; {@link #sqlState()} tells unique violations (23505) apart. */
    public static final class DataAccessFailure extends RuntimeException {
        DataAccessFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public String sqlState() {
            return ((SQLException) getCause()).getSQLState();
        }
    }
}
