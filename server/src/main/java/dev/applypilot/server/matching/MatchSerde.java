package dev.applypilot.server.matching;

import io.micronaut.serde.annotation.SerdeImport;

/** The engine's result records stay free of framework annotations; their JSON mapping for the API is imported here. */
@SerdeImport(MatchResult.class)
@SerdeImport(MatchBand.class)
@SerdeImport(KeywordMatch.class)
@SerdeImport(Importance.class)
@SerdeImport(ConstraintCheck.class)
@SerdeImport(ConstraintStatus.class)
@SerdeImport(ScoreBreakdown.class)
@SerdeImport(ScoreComponent.class)
final class MatchSerde {
    private MatchSerde() {
    }
}
