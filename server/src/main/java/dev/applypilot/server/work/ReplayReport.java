package dev.applypilot.server.work;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a replay of a kind's dead letters did.
 *
 * @param replayed the jobs that wait for a worker again; their dead letters are gone
 * @param kept     the dead letters whose job cannot run again (deleted, already replayed, inputs not kept); left as they were
 */
@Serdeable
public record ReplayReport(List<String> replayed, List<DeadLetterView> kept) {
}
