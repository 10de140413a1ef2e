package dev.applypilot.server.matching;

/** A canonical skill from the taxonomy; soft skills count half in coverage so they cannot dominate a score. */
public record Skill(String name, String category) {
    public double weight() {
        return "Soft".equals(category) ? 0.5 : 1.0;
    }

    /** Broad family, for treating "Python, Ruby or Java" as alternatives: skills of one family in one list. */
    public String family() {
        return switch (category) {
            case "Language", "Frontend", "Backend", "Mobile" -> "programming";
            case "Database", "Data" -> "data";
            case "Cloud", "DevOps", "Tools" -> "operations";
            case "Business", "Marketing", "Finance" -> "business";
            default -> category;
        };
    }

    public boolean technical() {
        return switch (category) {
            case "Language", "Frontend", "Backend", "Mobile", "Database", "Data", "ML", "Cloud", "DevOps", "Tools",
                    "Testing", "Security", "Design" -> true;
            default -> false;
        };
    }
}
