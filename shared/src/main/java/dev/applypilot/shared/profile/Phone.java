package dev.applypilot.shared.profile;

/**
 * A phone number.
 *
 * @param e164    canonical E.164 form, e.g. {@code +4915112345678}
 * @param display the number as the user writes it, e.g. {@code 0151 1234 5678}, or {@code null}
 */
public record Phone(String e164, String display) {
}
