package dev.applypilot.extension.jobs;

import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The popup's match line from {@code GET /api/v1/matching/page?url=}: the score (0-100; a 0-1 fraction is scaled)
 * and the top missing keywords ({@code missingKeywords}: strings, or objects with a {@code keyword}).
 */
public record MatchLine(int score, List<String> missing) {
    private static final int SHOWN_KEYWORDS = 3;

    /** Null when the answer carries no score. */
    public static MatchLine of(JsonValue answer) {
        Double raw = answer.get("score").number().orElse(null);
        if (raw == null) {
            return null;
        }
        int score = (int) Math.round(raw <= 1.0 ? raw * 100 : raw);
        List<String> missing = new ArrayList<>();
        for (JsonValue keyword : answer.get("missingKeywords").elements()) {
            keyword.text().or(() -> keyword.get("keyword").text()).ifPresent(k -> {
                if (missing.size() < SHOWN_KEYWORDS) {
                    missing.add(k);
                }
            });
        }
        return new MatchLine(Math.max(0, Math.min(100, score)), missing);
    }

    /** The keywords joined for display. */
    public String missingText() {
        return String.join(", ", missing);
    }
}
