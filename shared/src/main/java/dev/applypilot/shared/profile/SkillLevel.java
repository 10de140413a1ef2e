package dev.applypilot.shared.profile;

/** Self-assessed proficiency in a skill. */
public enum SkillLevel {
    BEGINNER, INTERMEDIATE, ADVANCED, EXPERT
}
