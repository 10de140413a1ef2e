package dev.applypilot.server.matching;

/** One job of a ranking, best first. */
public record RankedJob(String jobId, MatchResult result) {
}
