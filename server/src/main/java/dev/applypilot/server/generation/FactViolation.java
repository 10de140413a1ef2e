package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Something a generated text states that the candidate's sources do not.
 *
 * @param kind  SKILL, EMPLOYER, TITLE, DATE, NUMBER or NAME (a proper name found nowhere in the sources)
 * @param value the offending text
 * @param where which part of the document ("summary", "experience[0].bullets[2]", "letter")
 */
@Serdeable
public record FactViolation(String kind, String value, String where) {
}
