package dev.applypilot.shared.profile;

/**
 * Contact details.
 *
 * @param givenName     first / given name
 * @param familyName    last / family name
 * @param preferredName name the user goes by, or {@code null}
 * @param email         email address
 * @param phone         phone number
 * @param address       postal address
 */
public record Contact(String givenName, String familyName, String preferredName, String email,
                      Phone phone, Address address) {

    /** Given and family name joined by a space (either may be missing). */
    public String fullName() {
        String given = givenName == null ? "" : givenName.trim();
        String family = familyName == null ? "" : familyName.trim();
        return (given + " " + family).trim();
    }
}
