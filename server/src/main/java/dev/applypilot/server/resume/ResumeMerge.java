package dev.applypilot.server.resume;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.profile.ProfileDocument;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.LinkType;
import dev.applypilot.shared.profile.Skill;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a parsed resume to the profile only as the user chose, field by field. Fields not named are kept: nothing
 * changes silently.
 */
final class ResumeMerge {
    private ResumeMerge() {
    }

    /** Checks the wire choices ({@code {"contact.email": "take"}}): unknown fields or choices are a 400 naming the field. */
    static Map<MergeField, MergeChoice> choices(Map<String, String> wire, ParsedFacts facts) {
        if (wire == null || wire.isEmpty()) {
            throw ApiException.invalid("choices", "No field was chosen.", "Name the fields to merge, e.g. {\"contact.email\": \"take\", \"skills\": \"union\"}.");
        }
        Map<MergeField, MergeChoice> choices = new EnumMap<>(MergeField.class);
        for (Map.Entry<String, String> entry : wire.entrySet()) {
            MergeField field = MergeField.byKey(entry.getKey());
            if (field == null) {
                throw ApiException.invalid(entry.getKey(), "\"" + entry.getKey() + "\" is not a mergeable field.",
                        "See GET /api/v1/resumes/{id}/merge-preview for the fields and their choices.");
            }
            MergeChoice choice = MergeChoice.parse(entry.getValue());
            if (choice == null || !field.choices().contains(choice)) {
                throw ApiException.invalid(entry.getKey(), "\"" + entry.getValue() + "\" is not a choice for " + field.key() + ".",
                        "Use one of " + field.choices().stream().map(MergeChoice::wire).toList() + ".");
            }
            if (choice != MergeChoice.KEEP && parsed(field, facts) == null) {
                throw ApiException.invalid(entry.getKey(), "The resume has nothing for " + field.key() + ".", "Choose \"keep\" or leave the field out.");
            }
            choices.put(field, choice);
        }
        return choices;
    }

    static MergePreview preview(java.util.UUID resumeId, ProfileDocument profile, ParsedFacts facts) {
        List<MergePreview.Field> fields = new ArrayList<>();
        for (MergeField field : MergeField.values()) {
            Object parsed = parsed(field, facts);
            if (parsed != null) {
                Object current = current(field, profile);
                Object taken = current(field, apply(profile, facts, Map.of(field, MergeChoice.TAKE)));
                fields.add(new MergePreview.Field(field.key(), current, parsed, !Objects.equals(current, taken),
                        field.choices().stream().map(MergeChoice::wire).toList()));
            }
        }
        return new MergePreview(resumeId, fields);
    }

    static ProfileDocument apply(ProfileDocument profile, ParsedFacts facts, Map<MergeField, MergeChoice> choices) {
        ProfileDocument result = profile;
        for (Map.Entry<MergeField, MergeChoice> entry : choices.entrySet()) {
            if (entry.getValue() != MergeChoice.KEEP) {
                result = apply(result, facts, entry.getKey(), entry.getValue());
            }
        }
        return result;
    }

    private static ProfileDocument apply(ProfileDocument profile, ParsedFacts facts, MergeField field, MergeChoice choice) {
        Contact c = profile.contact() == null ? new Contact(null, null, null, null, null, null) : profile.contact();
        return switch (field) {
            case CONTACT_NAME -> profile.withContact(new Contact(facts.givenName(), facts.familyName(), c.preferredName(), c.email(), c.phone(), c.address()));
            case CONTACT_EMAIL -> profile.withContact(new Contact(c.givenName(), c.familyName(), c.preferredName(), facts.email(), c.phone(), c.address()));
            case CONTACT_PHONE -> profile.withContact(new Contact(c.givenName(), c.familyName(), c.preferredName(), c.email(), facts.phone(), c.address()));
            case CONTACT_LOCATION -> {
                Address a = c.address() == null ? new Address(null, null, null, null, null, null) : c.address();
                Address moved = new Address(a.line1(), a.line2(), facts.city(), facts.region(), facts.country(), a.postalCode());
                yield profile.withContact(new Contact(c.givenName(), c.familyName(), c.preferredName(), c.email(), c.phone(), moved));
            }
            case LINKEDIN -> profile.withLinks(replaceLink(profile.links(), LinkType.LINKEDIN, facts.linkedin()));
            case GITHUB -> profile.withLinks(replaceLink(profile.links(), LinkType.GITHUB, facts.github()));
            case WEBSITE -> profile.withLinks(replaceLink(profile.links(), LinkType.WEBSITE, facts.website()));
            case WORK_HISTORY -> profile.withWork(choice == MergeChoice.TAKE ? facts.work()
                    : appendNew(profile.work(), facts.work(), job -> key(job.company(), job.title(), job.start())));
            case EDUCATION -> profile.withEducation(choice == MergeChoice.TAKE ? facts.education()
                    : appendNew(profile.education(), facts.education(), school -> key(school.school(), school.degree(), school.start())));
            case SKILLS -> profile.withSkills(choice == MergeChoice.TAKE ? facts.skills()
                    : appendNew(profile.skills(), facts.skills(), skill -> key(skill.name())));
        };
    }

    private static Object parsed(MergeField field, ParsedFacts facts) {
        return switch (field) {
            case CONTACT_NAME -> facts.givenName() == null ? null : join(facts.givenName(), facts.familyName());
            case CONTACT_EMAIL -> facts.email();
            case CONTACT_PHONE -> facts.phone() == null ? null : facts.phone().display();
            case CONTACT_LOCATION -> facts.location();
            case LINKEDIN -> facts.linkedin();
            case GITHUB -> facts.github();
            case WEBSITE -> facts.website();
            case WORK_HISTORY -> facts.work().isEmpty() ? null : facts.work();
            case EDUCATION -> facts.education().isEmpty() ? null : facts.education();
            case SKILLS -> facts.skills().isEmpty() ? null : facts.skills().stream().map(Skill::name).toList();
        };
    }

    private static Object current(MergeField field, ProfileDocument profile) {
        Contact c = profile.contact();
        return switch (field) {
            case CONTACT_NAME -> c == null || c.fullName().isEmpty() ? null : c.fullName();
            case CONTACT_EMAIL -> c == null ? null : c.email();
            case CONTACT_PHONE -> c == null || c.phone() == null ? null : (c.phone().display() != null ? c.phone().display() : c.phone().e164());
            case CONTACT_LOCATION -> c == null || c.address() == null ? null : location(c.address());
            case LINKEDIN -> profile.toProfile().link(LinkType.LINKEDIN);
            case GITHUB -> profile.toProfile().link(LinkType.GITHUB);
            case WEBSITE -> profile.toProfile().link(LinkType.WEBSITE);
            case WORK_HISTORY -> profile.work();
            case EDUCATION -> profile.education();
            case SKILLS -> profile.skills().stream().map(Skill::name).toList();
        };
    }

    private static String location(Address address) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {address.city(), address.region(), address.country()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static List<Link> replaceLink(List<Link> links, LinkType type, String url) {
        List<Link> result = new ArrayList<>();
        boolean replaced = false;
        for (Link link : links) {
            if (link.type() == type && !replaced) {
                result.add(new Link(type, url, link.label()));
                replaced = true;
            } else {
                result.add(link);
            }
        }
        if (!replaced) {
            result.add(new Link(type, url, null));
        }
        return result;
    }

    private static <T> List<T> appendNew(List<T> existing, List<T> parsed, java.util.function.Function<T, String> identity) {
        List<T> result = new ArrayList<>(existing);
        Set<String> seen = new HashSet<>();
        existing.forEach(item -> seen.add(identity.apply(item)));
        for (T item : parsed) {
            if (seen.add(identity.apply(item))) {
                result.add(item);
            }
        }
        return result;
    }

    private static String key(String... parts) {
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(part == null ? "" : part.trim().toLowerCase(Locale.ROOT)).append('\u0000');
        }
        return key.toString();
    }

    private static String join(String given, String family) {
        return family == null ? given : given + " " + family;
    }
}
