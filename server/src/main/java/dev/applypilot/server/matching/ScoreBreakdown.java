package dev.applypilot.server.matching;

import java.util.List;

/**
 * How the score was built: the weighted components, the score before caps, and the lowest cap of a failed check.
 *
 * @param rawCosine cosine similarity of resume and job embeddings before calibration
 */
public record ScoreBreakdown(List<ScoreComponent> components, int uncappedScore, int cap, double rawCosine) {
}
