package dev.applypilot.server.matching;

/**
 * One weighted part of the score.
 *
 * @param value  0..1
 * @param weight share of the uncapped score (weights of the components present sum to 1)
 */
public record ScoreComponent(String name, double value, double weight, String detail) {
}
