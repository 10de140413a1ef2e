package dev.applypilot.server.answers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The answers table; every statement names the owner, so another user's id behaves like a missing one. */
@Singleton
@Transactional
class AnswerStore {
    /** A saved answer with its cached question embedding ({@code null} until computed). */
    record Row(AnswerView view, @Nullable float[] embedding) {
    }

    private static final String COLUMNS = "id, question, answer, tags, source, last_used_at, created_at, updated_at, embedding";
    private final JdbcOperations jdbc;

    AnswerStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, AnswerRequest request, @Nullable float[] embedding) {
        jdbc.prepareStatement("""
                insert into answers (id, user_id, question, answer, tags, source, embedding, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp())""", statement -> {
            statement.setObject(1, id);
            statement.setObject(2, userId);
            statement.setString(3, request.question());
            statement.setString(4, request.answer());
            statement.setArray(5, textArray(statement.getConnection(), request.tags()));
            statement.setString(6, source(request).name());
            statement.setArray(7, floatArray(statement.getConnection(), embedding));
            return statement.executeUpdate();
        });
    }

    boolean update(UUID userId, UUID id, AnswerRequest request, @Nullable float[] embedding) {
        return jdbc.prepareStatement("""
                update answers set question = ?, answer = ?, tags = ?, source = ?, embedding = ?, updated_at = clock_timestamp()
                 where user_id = ? and id = ?""", statement -> {
            statement.setString(1, request.question());
            statement.setString(2, request.answer());
            statement.setArray(3, textArray(statement.getConnection(), request.tags()));
            statement.setString(4, source(request).name());
            statement.setArray(5, floatArray(statement.getConnection(), embedding));
            statement.setObject(6, userId);
            statement.setObject(7, id);
            return statement.executeUpdate() == 1;
        });
    }

    void storeEmbedding(UUID id, float[] embedding) {
        jdbc.prepareStatement("update answers set embedding = ? where id = ?", statement -> {
            statement.setArray(1, floatArray(statement.getConnection(), embedding));
            statement.setObject(2, id);
            return statement.executeUpdate();
        });
    }

    boolean markUsed(UUID userId, UUID id) {
        return jdbc.prepareStatement("update answers set last_used_at = clock_timestamp() where user_id = ? and id = ?", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            return statement.executeUpdate() == 1;
        });
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.prepareStatement("delete from answers where user_id = ? and id = ?", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            return statement.executeUpdate() == 1;
        });
    }

    Optional<Row> find(UUID userId, UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from answers where user_id = ? and id = ?", statement -> {
            statement.setObject(1, userId);
            statement.setObject(2, id);
            List<Row> rows = rows(statement);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        });
    }

    List<Row> list(UUID userId) {
        return jdbc.prepareStatement("select " + COLUMNS + " from answers where user_id = ? order by updated_at desc, id", statement -> {
            statement.setObject(1, userId);
            return rows(statement);
        });
    }

    private static AnswerSource source(AnswerRequest request) {
        return request.source() == null ? AnswerSource.TYPED : request.source();
    }

    private static Array textArray(Connection connection, @Nullable List<String> values) throws SQLException {
        return connection.createArrayOf("text", values == null ? new Object[0] : values.toArray());
    }

    private static Array floatArray(Connection connection, @Nullable float[] values) throws SQLException {
        if (values == null) {
            return null;
        }
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return connection.createArrayOf("float4", boxed);
    }

    private static List<Row> rows(PreparedStatement statement) throws SQLException {
        List<Row> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Array tags = rows.getArray(4);
                Timestamp lastUsed = rows.getTimestamp(6);
                Array embedding = rows.getArray(9);
                AnswerView view = new AnswerView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), AnswerSource.valueOf(rows.getString(5)),
                        lastUsed == null ? null : lastUsed.toInstant(), rows.getTimestamp(7).toInstant(), rows.getTimestamp(8).toInstant());
                result.add(new Row(view, embedding == null ? null : unbox((Float[]) embedding.getArray())));
            }
        }
        return result;
    }

    private static float[] unbox(Float[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
