package dev.applypilot.shared.profile;

/** Whether the user may legally work in a country. */
public enum WorkAuthorization {
    AUTHORIZED, NOT_AUTHORIZED
}
