/**
 * Saved jobs: saving what the extension extracted, importing by URL (fetch + shared extraction), sanitising
 * descriptions and de-duplicating per user (canonical URL, ATS job id, normalised company/title/city).
 */
package dev.applypilot.server.jobs;
