package dev.applypilot.server.dashboard;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.profile.EeoConsent;
import dev.applypilot.server.profile.ProfileDocument;
import dev.applypilot.server.profile.ProfileService;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkMode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The profile editor: contact, skills, canonical screening facts and the EEO opt-in. Form fields are named like the
 * API's JSON paths ({@code contact.email}), so the profile service's {@code field} puts each error next to its input.
 * Work history and education come from resume merges and the API; this form keeps them as they are.
 */
@FormCsrf
@Controller("/app/profile")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class ProfilePageController {
    private final ProfileService profiles;

    ProfilePageController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication, @Nullable @io.micronaut.http.annotation.QueryValue String saved) {
        if (authentication == null) {
            return Pages.signIn();
        }
        ProfileDocument document = profiles.get(Pages.user(authentication));
        Map<String, Object> model = model(request, authentication, document);
        model.put("values", ProfileForm.values(document));
        model.put("saved", saved != null);
        return Pages.page("profile", model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID userId = Pages.user(authentication);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            profiles.update(userId, null, current -> ProfileForm.apply(current, form, errors));
        } catch (FormErrors e) {
            // errors holds the messages
        } catch (ApiException e) {
            String field = e.toError().field();
            errors.put(field == null ? "form" : field, JobToolsController.message(e));
        }
        if (errors.isEmpty()) {
            return Pages.redirect("/app/profile?saved=1");
        }
        Map<String, Object> model = model(request, authentication, profiles.get(userId));
        model.put("values", form);
        model.put("errors", errors);
        return Pages.invalid("profile", model);
    }

    private static Map<String, Object> model(HttpRequest<?> request, Authentication authentication, ProfileDocument document) {
        Map<String, Object> model = Pages.model(request, authentication, "Profile", "profile");
        model.put("document", document);
        model.put("genders", Eeo.Gender.values());
        model.put("races", Eeo.RaceEthnicity.values());
        model.put("veterans", Eeo.VeteranStatus.values());
        model.put("disabilities", Eeo.DisabilityStatus.values());
        model.put("workModes", WorkMode.values());
        return model;
    }

    /** Between the profile document and the form's flat fields. */
    static final class ProfileForm {
        private ProfileForm() {
        }

        static Map<String, String> values(ProfileDocument d) {
            Map<String, String> v = new LinkedHashMap<>();
            Contact c = d.contact();
            if (c != null) {
                v.put("contact.givenName", c.givenName());
                v.put("contact.familyName", c.familyName());
                v.put("contact.preferredName", c.preferredName());
                v.put("contact.email", c.email());
                v.put("contact.phone", c.phone() == null ? null : c.phone().display() != null ? c.phone().display() : c.phone().e164());
                Address a = c.address();
                if (a != null) {
                    v.put("contact.address.city", a.city());
                    v.put("contact.address.region", a.region());
                    v.put("contact.address.country", a.country());
                    v.put("contact.address.postalCode", a.postalCode());
                }
            }
            v.put("skills", String.join(", ", d.skills().stream().map(Skill::name).toList()));
            ScreeningFacts s = d.screening();
            if (s != null) {
                v.put("screening.workAuthorization", String.join(", ", s.workAuthorization().entrySet().stream()
                        .filter(e -> e.getValue() == WorkAuthorization.AUTHORIZED).map(Map.Entry::getKey).sorted().toList()));
                v.put("screening.sponsorshipNow", yesNo(s.sponsorshipNow()));
                v.put("screening.sponsorshipFuture", yesNo(s.sponsorshipFuture()));
                v.put("screening.willingToRelocate", yesNo(s.willingToRelocate()));
                v.put("screening.over18", yesNo(s.over18()));
                s.workModes().forEach(mode -> v.put("screening.workModes." + mode.name(), "on"));
                v.put("screening.earliestStartDate", s.earliestStartDate());
                v.put("screening.noticePeriodDays", s.noticePeriodDays() == null ? null : s.noticePeriodDays().toString());
                v.put("screening.yearsOfExperience", s.yearsOfExperience() == null ? null : s.yearsOfExperience().toString());
                Eeo eeo = s.eeo();
                if (eeo != null) {
                    v.put("screening.eeo.gender", eeo.gender() == null ? null : eeo.gender().name());
                    v.put("screening.eeo.raceEthnicity", eeo.raceEthnicity() == null ? null : eeo.raceEthnicity().name());
                    v.put("screening.eeo.veteran", eeo.veteran() == null ? null : eeo.veteran().name());
                    v.put("screening.eeo.disability", eeo.disability() == null ? null : eeo.disability().name());
                }
            }
            if (d.eeo() != null && d.eeo().given()) {
                v.put("eeo.optIn", "on");
            }
            v.values().removeIf(java.util.Objects::isNull);
            return v;
        }

        /** The current document with the form's parts replaced; number and choice errors go to {@code errors}. */
        static ProfileDocument apply(ProfileDocument current, Map<String, String> f, Map<String, String> errors) {
            Contact contact = new Contact(text(f, "contact.givenName"), text(f, "contact.familyName"), text(f, "contact.preferredName"),
                    text(f, "contact.email"), text(f, "contact.phone") == null ? null : new Phone(null, text(f, "contact.phone")),
                    new Address(current.contact() == null || current.contact().address() == null ? null : current.contact().address().line1(),
                            current.contact() == null || current.contact().address() == null ? null : current.contact().address().line2(),
                            text(f, "contact.address.city"), text(f, "contact.address.region"), text(f, "contact.address.country"),
                            text(f, "contact.address.postalCode")));
            List<Skill> skills = new ArrayList<>();
            for (String name : list(text(f, "skills"))) {
                Skill known = current.skills().stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst().orElse(null);
                skills.add(known != null ? known : new Skill(name, null, null));
            }
            ScreeningFacts old = current.screening();
            Map<String, WorkAuthorization> authorization = new LinkedHashMap<>();
            if (old != null) {
                old.workAuthorization().forEach((country, value) -> {
                    if (value == WorkAuthorization.NOT_AUTHORIZED) {
                        authorization.put(country, value);
                    }
                });
            }
            for (String country : list(text(f, "screening.workAuthorization"))) {
                authorization.put(country.toUpperCase(Locale.ROOT), WorkAuthorization.AUTHORIZED);
            }
            Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
            for (WorkMode mode : WorkMode.values()) {
                if ("on".equals(f.get("screening.workModes." + mode.name()))) {
                    modes.add(mode);
                }
            }
            boolean optIn = "on".equals(f.get("eeo.optIn"));
            Eeo eeo = optIn ? new Eeo(choice(Eeo.Gender.class, f, "screening.eeo.gender", errors),
                    choice(Eeo.RaceEthnicity.class, f, "screening.eeo.raceEthnicity", errors),
                    choice(Eeo.VeteranStatus.class, f, "screening.eeo.veteran", errors),
                    choice(Eeo.DisabilityStatus.class, f, "screening.eeo.disability", errors)) : null;
            ScreeningFacts screening = new ScreeningFacts(authorization, bool(f, "screening.sponsorshipNow"), bool(f, "screening.sponsorshipFuture"),
                    bool(f, "screening.willingToRelocate"), modes, text(f, "screening.earliestStartDate"),
                    number(f, "screening.noticePeriodDays", errors), old == null ? null : old.salary(),
                    number(f, "screening.yearsOfExperience", errors), bool(f, "screening.over18"),
                    old == null ? null : old.securityClearance(), eeo);
            if (!errors.isEmpty()) {
                // Stop before the write; the messages are already next to their fields.
                throw new FormErrors();
            }
            return new ProfileDocument(contact, current.links(), current.work(), current.education(), skills, current.languages(),
                    current.certifications(), screening, new EeoConsent(optIn), current.updatedAt());
        }

        private static String text(Map<String, String> f, String name) {
            String value = f.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        private static List<String> list(String value) {
            List<String> out = new ArrayList<>();
            if (value != null) {
                for (String part : value.split("[,\\n]")) {
                    if (!part.isBlank() && out.stream().noneMatch(part.trim()::equalsIgnoreCase)) {
                        out.add(part.trim());
                    }
                }
            }
            return out;
        }

        private static Boolean bool(Map<String, String> f, String name) {
            String value = text(f, name);
            return value == null ? null : "yes".equals(value);
        }

        private static Integer number(Map<String, String> f, String name, Map<String, String> errors) {
            String value = text(f, name);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                errors.put(name, "Enter a whole number, like 30.");
                return null;
            }
        }

        private static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> f, String name, Map<String, String> errors) {
            String value = text(f, name);
            try {
                return value == null ? null : Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                errors.put(name, "Pick one of the listed answers.");
                return null;
            }
        }

        private static String yesNo(Boolean value) {
            return value == null ? null : value ? "yes" : "no";
        }
    }

    /** Thrown out of the update so nothing is stored when the form itself had errors. */
    static final class FormErrors extends RuntimeException {
        FormErrors() {
            super(null, null, false, false);
        }
    }
}
