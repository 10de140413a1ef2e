package dev.applypilot.server.resume;

import java.util.EnumSet;
import java.util.Set;

/** The profile fields a parsed resume can fill, with their wire keys and the choices each allows. */
public enum MergeField {
    CONTACT_NAME("contact.name", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    CONTACT_EMAIL("contact.email", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    CONTACT_PHONE("contact.phone", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    CONTACT_LOCATION("contact.location", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    LINKEDIN("links.linkedin", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    GITHUB("links.github", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    WEBSITE("links.website", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE)),
    WORK_HISTORY("workHistory", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE, MergeChoice.APPEND)),
    EDUCATION("education", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE, MergeChoice.APPEND)),
    SKILLS("skills", EnumSet.of(MergeChoice.KEEP, MergeChoice.TAKE, MergeChoice.UNION));

    private final String key;
    private final Set<MergeChoice> choices;

    MergeField(String key, Set<MergeChoice> choices) {
        this.key = key;
        this.choices = choices;
    }

    public String key() {
        return key;
    }

    public Set<MergeChoice> choices() {
        return choices;
    }

    static MergeField byKey(String key) {
        for (MergeField field : values()) {
            if (field.key.equals(key)) {
                return field;
            }
        }
        return null;
    }
}
