/**
 * Real-time sync: the per-user event log ({@link dev.applypilot.server.sync.EventLog}), its fan-out to every server
 * instance through Redis pub/sub, the {@code /ws} WebSocket that replays missed events and streams live ones, and
 * idempotent client writes ({@link dev.applypilot.server.sync.ClientWrites}). PostgreSQL is the source of truth;
 * Redis only makes delivery fast, so losing it delays events but never loses them.
 */
package dev.applypilot.server.sync;
