package dev.applypilot.server.platform;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Plain SQL against a test server's own database, for arranging states the API cannot reach and for counting rows. */
public final class TestSql {
    private TestSql() {
    }

    /** The first column of the first row of {@code sql}, a count. */
    @SuppressWarnings("unchecked")
    public static long count(EmbeddedServer server, String sql) {
        TransactionOperations<Connection> transactions = server.getApplicationContext().getBean(TransactionOperations.class);
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @SuppressWarnings("unchecked")
    public static void execute(EmbeddedServer server, String sql) {
        TransactionOperations<Connection> transactions = server.getApplicationContext().getBean(TransactionOperations.class);
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                return statement.execute(sql);
            }
        });
    }
}
