package dev.applypilot.server.resume.parse;

/**
 * A date range as written in the resume plus its normalised form.
 *
 * @param text    the range exactly as written (e.g. "June 2022 – Present")
 * @param start   normalised start, "yyyy-MM" or "yyyy" when only the year is given; null if unknown
 * @param end     normalised end, same format; null when ongoing or unknown
 * @param current true when the range ends with "present", "heute", "aujourd'hui"...
 */
public record DateRange(String text, String start, String end, boolean current) {
}
