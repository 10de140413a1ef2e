package dev.applypilot.shared.profile;

/**
 * A spoken language.
 *
 * @param language ISO-639-1 code (e.g. {@code de}) or name
 * @param level    proficiency, or {@code null}
 */
public record LanguageSkill(String language, LanguageLevel level) {
}
