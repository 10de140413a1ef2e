package dev.applypilot.server.generation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UsageRepository extends CrudRepository<UsageRow, UUID> {
    @Query("insert into generation_usage (id, user_id, day, provider, count) values (:id, :userId, :day, :provider, 1) "
            + "on conflict (user_id, day, provider) do update set count = generation_usage.count + 1")
    void increment(UUID id, UUID userId, LocalDate day, String provider);

    List<UsageRow> findByDayGreaterThanEquals(LocalDate day);
}
