package dev.applypilot.server.matching;

import java.util.List;

/** The explainable outcome of matching one resume against one job. Same inputs give an equal record. */
public record MatchResult(int score, MatchBand band, List<KeywordMatch> matched, List<KeywordMatch> missing,
                          List<ConstraintCheck> constraints, ScoreBreakdown breakdown) {
}
