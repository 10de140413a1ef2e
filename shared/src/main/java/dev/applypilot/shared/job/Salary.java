package dev.applypilot.shared.job;

/**
 * A pay range as published. Any part may be null when the posting leaves it out (e.g. only a minimum).
 *
 * @param min      lower bound, or null
 * @param max      upper bound, or null
 * @param currency ISO 4217 code as given (e.g. "USD"), or null
 * @param period   what the amounts are per, or null when unknown
 */
public record Salary(Double min, Double max, String currency, SalaryPeriod period) {

    public boolean isEmpty() {
        return min == null && max == null;
    }
}
