package dev.applypilot.server.matching;

/** A canonical skill from the taxonomy; soft skills count half in coverage so they cannot dominate a score. */
public record Skill(String name, String category) {
    public double weight() {
        return "Soft".equals(category) ? 0.5 : 1.0;
    }

    public boolean technical() {
        return switch (category) {
            case "Language", "Frontend", "Backend", "Mobile", "Database", "Data", "ML", "Cloud", "DevOps", "Tools",
                    "Testing", "Security", "Design" -> true;
            default -> false;
        };
    }
}
