package dev.applypilot.server.matching;

/** Where a job is done; UNKNOWN when neither the caller nor the text says. */
public enum RemoteType {
    ONSITE, HYBRID, REMOTE, UNKNOWN
}
