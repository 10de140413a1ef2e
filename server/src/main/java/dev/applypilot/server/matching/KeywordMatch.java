package dev.applypilot.server.matching;

/**
 * A job skill, matched or missing, with the evidence sentences.
 *
 * @param resumeEvidence the resume sentence naming it ("Listed in profile skills" for structured facts); null if missing
 * @param jobEvidence    the job-description sentence that asks for it
 */
public record KeywordMatch(String skill, String category, Importance importance, String resumeEvidence,
                           String jobEvidence) {
}
