package dev.applypilot.shared.profile;

/**
 * A skill.
 *
 * @param name  skill name as the user writes it
 * @param years years of experience, or {@code null}
 * @param level proficiency, or {@code null}
 */
public record Skill(String name, Integer years, SkillLevel level) {
}
