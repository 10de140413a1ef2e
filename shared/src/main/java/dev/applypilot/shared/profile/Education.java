package dev.applypilot.shared.profile;

/**
 * One education entry.
 *
 * @param school     school / university
 * @param degree     degree, e.g. {@code Bachelor of Science}
 * @param discipline field of study
 * @param start      start as {@code YYYY-MM}, or {@code null}
 * @param end        end / graduation as {@code YYYY-MM}, or {@code null}
 */
public record Education(String school, String degree, String discipline, String start, String end) {
}
