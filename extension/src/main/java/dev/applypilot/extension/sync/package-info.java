/** Sync logic without browser APIs: the offline outbox and reconnect backoff (frames: shared {@code SyncFrames}). */
package dev.applypilot.extension.sync;
