package dev.applypilot.shared.profile;

/** Spoken-language proficiency (coarse CEFR-like scale). */
public enum LanguageLevel {
    ELEMENTARY, INTERMEDIATE, FLUENT, NATIVE
}
