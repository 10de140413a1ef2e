package dev.applypilot.server.matching;

/** One skill found in a text, with the sentence it was found in (the evidence shown to the user). */
public record SkillMention(Skill skill, String sentence) {
}
