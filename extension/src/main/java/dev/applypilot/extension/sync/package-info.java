/** Sync protocol logic without browser APIs: the offline outbox, reconnect backoff and the socket frames. */
package dev.applypilot.extension.sync;
