package dev.applypilot.server.matching;

/**
 * One hard constraint (work authorization, location, years, education).
 *
 * @param cap the highest score allowed when this check fails (100 when it passes or is unknown)
 */
public record ConstraintCheck(String name, ConstraintStatus status, String explanation, String jobEvidence, int cap) {
}
