package dev.applypilot.shared.format;

/** How to write a phone number into a field. */
public enum PhoneFormat {
    /** {@code +4915112345678} */
    E164,
    /** National form with trunk prefix where used, e.g. {@code 015112345678} or {@code (415) 555-0100}. */
    NATIONAL,
    /** Digits only including the country code, e.g. {@code 4915112345678}. */
    DIGITS
}
