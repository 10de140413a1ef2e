package dev.applypilot.server.resume;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Records how a parse ended and tells the owner's open clients, in one transaction: a client never hears of a
 * status that was not stored, and a stored status always reaches the event log.
 */
@Singleton
class ResumeOutcomes {
    private final ResumeStore store;
    private final ResumeEvents events;

    ResumeOutcomes(ResumeStore store, ResumeEvents events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    void parsed(UUID resumeId, String parsedJson, String text) {
        store.markParsed(resumeId, parsedJson, text)
                .ifPresent(owner -> events.status(owner, resumeId, "PARSED", null));
    }

    /** Gives up on an unfinished resume; false when it had already finished. */
    @Transactional
    boolean gaveUp(UUID resumeId, String code, String message, String guidance) {
        return store.markGivenUp(resumeId, code, message, guidance)
                .map(owner -> {
                    events.status(owner, resumeId, "FAILED", code);
                    return true;
                }).orElse(false);
    }

    /** Makes a given-up resume wait for parsing again; false when it was not given up. */
    @Transactional
    boolean reopened(UUID resumeId, String givenUpCode) {
        return store.markReopened(resumeId, givenUpCode)
                .map(owner -> {
                    events.status(owner, resumeId, "PENDING", null);
                    return true;
                }).orElse(false);
    }

    @Transactional
    void failed(UUID resumeId, String code, String message, String guidance) {
        store.markFailed(resumeId, code, message, guidance)
                .ifPresent(owner -> events.status(owner, resumeId, "FAILED", code));
    }
}
