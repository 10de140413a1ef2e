package dev.applypilot.server.resume.parse;

/** One school from the education section; text fields are verbatim or null when not recognised. */
public record EducationEntry(String school, String degree, DateRange dates) {
}
