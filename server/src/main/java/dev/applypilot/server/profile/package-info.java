/**
 * The user's profile: one JSON document per user (the shared {@code dev.applypilot.shared.profile.Profile} plus the
 * EEO opt-in), validated on every write, versioned by {@code updated_at} for optimistic concurrency, with full
 * replace, JSON merge patch and JSON Resume import/export.
 */
package dev.applypilot.server.profile;
