package dev.applypilot.server.resume.parse.extract;

import dev.applypilot.server.resume.parse.ResumeParseErrorCode;
import dev.applypilot.server.resume.parse.ResumeParseException;
import java.time.Duration;

/** A cooperative time bound: extractors call {@link #check()} between pages, paragraphs and glyph batches. */
public final class Deadline {
    private final long deadlineNanos;
    private final Duration budget;

    public Deadline(Duration budget) {
        this.budget = budget;
        this.deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    public void check() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new ResumeParseException(ResumeParseErrorCode.TIMEOUT,
                    "Parsing took longer than " + budget.toMillis() + " ms.");
        }
    }
}
