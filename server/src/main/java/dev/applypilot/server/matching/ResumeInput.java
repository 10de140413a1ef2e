package dev.applypilot.server.matching;

/** A resume as plain text plus optional structured facts. */
public record ResumeInput(String text, CandidateFacts facts) {
    public ResumeInput {
        text = text == null ? "" : text;
        facts = facts == null ? CandidateFacts.none() : facts;
    }

    public static ResumeInput ofText(String text) {
        return new ResumeInput(text, CandidateFacts.none());
    }
}
