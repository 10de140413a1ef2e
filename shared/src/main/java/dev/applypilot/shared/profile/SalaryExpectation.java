package dev.applypilot.shared.profile;

/**
 * Expected pay.
 *
 * @param min      lower bound, or {@code null}
 * @param max      upper bound, or {@code null}
 * @param currency ISO-4217 code (e.g. {@code EUR})
 * @param period   what the figures are per
 */
public record SalaryExpectation(Long min, Long max, String currency, PayPeriod period) {
}
