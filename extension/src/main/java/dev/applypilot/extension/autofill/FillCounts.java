package dev.applypilot.extension.autofill;

/** Running counts of one autofill session (the reply reports those of the first pass). */
final class FillCounts {
    int filled;
    /** Considered but not written: unknown meaning, no profile value, no unambiguous option, write failed. */
    int abstained;
    /** Not considered: unsafe (hidden, honeypot, password, payment, disabled), already filled, not an application. */
    int skipped;
}
