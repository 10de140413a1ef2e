package dev.applypilot.shared.job;

/** Where the work happens, as far as the posting says. */
public enum RemoteType {
    REMOTE, HYBRID, ONSITE, UNKNOWN
}
