package dev.applypilot.shared.profile;

/**
 * A postal address.
 *
 * @param line1      street and number
 * @param line2      apartment, suite, ... or {@code null}
 * @param city       city / locality
 * @param region     state / province / region (name or code as the user gave it)
 * @param country    ISO-3166 alpha-2 country code, upper case (e.g. {@code DE})
 * @param postalCode postal / ZIP code
 */
public record Address(String line1, String line2, String city, String region, String country,
                      String postalCode) {
}
