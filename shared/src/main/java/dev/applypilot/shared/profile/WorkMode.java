package dev.applypilot.shared.profile;

/** Where the user is willing to work. */
public enum WorkMode {
    REMOTE, HYBRID, ONSITE
}
