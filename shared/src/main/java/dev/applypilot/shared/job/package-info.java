/**
 * The job posting model shared by server and extension: {@link dev.applypilot.shared.job.JobPosting}
 * with per-field provenance, its JSON form, and helpers for canonical URLs, ATS job ids and de-duplication.
 */
package dev.applypilot.shared.job;
