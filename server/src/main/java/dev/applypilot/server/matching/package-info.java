/**
 * Explainable, deterministic resume-to-job matching: a skills taxonomy kept as data, job-description analysis
 * (required vs preferred skills, years, education, location, work authorization), calibrated embedding
 * similarity, and hard constraints that cap the score. Entry point: {@link dev.applypilot.server.matching.MatchService}.
 */
package dev.applypilot.server.matching;
