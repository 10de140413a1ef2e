package dev.applypilot.extension.background;

/** Keys in {@code chrome.storage}. Local: survives restarts. Session: memory only, gone when the browser closes. */
final class StorageKeys {
    static final String SERVER = "server";
    static final String EMAIL = "email";
    static final String REFRESH_TOKEN = "refreshToken";
    static final String REFRESH_EXPIRES_AT = "refreshExpiresAt";
    static final String LAST_EVENT_ID = "lastEventId";
    static final String OUTBOX = "outbox";
    static final String SAVED_JOBS = "savedJobs";
    /** The profile as autofill sends it (JSON), refreshed on {@code profile.updated}. */
    static final String PROFILE = "profile";
    /** Session area. */
    static final String ACCESS_TOKEN = "accessToken";
    static final String ACCESS_EXPIRES_AT = "accessExpiresAt";

    private StorageKeys() {
    }
}
