/**
 * Generation: tailored resumes, cover letters, drafted answers and interview practice for one job, made by a
 * configured chat model (OpenAI-compatible, Anthropic, Gemini) or, with none configured, by the offline generator.
 * Every output about the candidate passes the {@link dev.applypilot.server.generation.FactChecker}: no skill, employer,
 * title, date or number that is not in the profile or resume. Requests run as queued jobs on any instance
 * ({@link dev.applypilot.server.generation.GenerationWorker} on the {@code work} queue). Entry point:
 * {@link dev.applypilot.server.generation.GenerationService}.
 */
package dev.applypilot.server.generation;
