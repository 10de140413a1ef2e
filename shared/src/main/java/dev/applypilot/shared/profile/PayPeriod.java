package dev.applypilot.shared.profile;

/** Period a salary figure refers to. */
public enum PayPeriod {
    HOUR, DAY, MONTH, YEAR
}
