package dev.applypilot.server.matching;

/** Coarse verdict shown next to the number. */
public enum MatchBand {
    POOR, WEAK, FAIR, GOOD, GREAT;

    public static MatchBand of(int score) {
        if (score >= 80) {
            return GREAT;
        }
        if (score >= 65) {
            return GOOD;
        }
        if (score >= 50) {
            return FAIR;
        }
        return score >= 35 ? WEAK : POOR;
    }
}
