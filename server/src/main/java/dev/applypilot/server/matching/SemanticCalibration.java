package dev.applypilot.server.matching;

/**
 * Maps all-MiniLM-L6-v2 cosine similarity to 0..1. Plain (cos+1)/2 squeezes everything into the upper half;
 * measured on real resumes and job descriptions, unrelated professions score about -0.1..0.2, a tech resume against
 * an unrelated tech job about 0.2..0.35, a related job 0.45..0.55 and a strong match 0.6 and above.
 */
final class SemanticCalibration {
    static final double FLOOR = 0.20;
    static final double CEILING = 0.65;

    private SemanticCalibration() {
    }

    static double calibrate(double cosine) {
        return Math.max(0, Math.min(1, (cosine - FLOOR) / (CEILING - FLOOR)));
    }
}
