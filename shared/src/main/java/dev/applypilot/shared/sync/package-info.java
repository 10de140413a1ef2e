/**
 * The real-time sync protocol between the server's {@code /ws} endpoint and its clients (extension, dashboard):
 * typed frames ({@link dev.applypilot.shared.sync.SyncFrame}) and their JSON text form
 * ({@link dev.applypilot.shared.sync.SyncFrames}). Shared so that both ends read and write exactly the same
 * bytes; TeaVM-safe (no reflection, no regex), built on {@code dev.applypilot.shared.json}.
 */
package dev.applypilot.shared.sync;
