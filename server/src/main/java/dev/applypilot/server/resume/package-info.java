/**
 * Resume files: streamed upload with a size cap and type sniffing, storage in PostgreSQL with SHA-256, background
 * parsing as jobs of the Redis Streams work queue (package {@code work}; any instance takes them), versions with
 * tags, notes, a primary and pruning, text diffs, and the user-confirmed merge of a parse into the profile.
 * The parser itself lives in {@code resume.parse}.
 */
package dev.applypilot.server.resume;
