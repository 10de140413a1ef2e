package dev.applypilot.server.profile;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Certification;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.Link;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.SalaryExpectation;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.WorkAuthorization;
import dev.applypilot.shared.profile.WorkExperience;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a profile before it is stored and returns it normalised (phone in E.164, country codes upper case).
 * Every refusal is a 400 naming the JSON path of the offending field, so a form can highlight it.
 */
public final class ProfileValidator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final Clock clock;

    public ProfileValidator(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param previous the stored profile, or {@code null}: a start date that was valid when saved may lie in the past
     *                 by now and must not block unrelated edits
     */
    public ProfileDocument validate(ProfileDocument doc, ProfileDocument previous) {
        Contact contact = contact(doc.contact());
        for (int i = 0; i < doc.links().size(); i++) {
            link(doc.links().get(i), "links[" + i + "]");
        }
        for (int i = 0; i < doc.work().size(); i++) {
            WorkExperience job = doc.work().get(i);
            partialDate(job.start(), "work[" + i + "].start");
            partialDate(job.end(), "work[" + i + "].end");
        }
        for (int i = 0; i < doc.education().size(); i++) {
            Education school = doc.education().get(i);
            partialDate(school.start(), "education[" + i + "].start");
            partialDate(school.end(), "education[" + i + "].end");
        }
        for (int i = 0; i < doc.certifications().size(); i++) {
            Certification certification = doc.certifications().get(i);
            partialDate(certification.issued(), "certifications[" + i + "].issued");
            partialDate(certification.expires(), "certifications[" + i + "].expires");
        }
        String storedStart = previous == null || previous.screening() == null ? null : previous.screening().earliestStartDate();
        ScreeningFacts screening = screening(doc.screening(), doc.eeo(), storedStart);
        return new ProfileDocument(contact, doc.links(), doc.work(), doc.education(), doc.skills(), doc.languages(),
                doc.certifications(), screening, doc.eeo(), doc.updatedAt());
    }

    private static Contact contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        String email = contact.email();
        if (email != null && !email.isBlank()) {
            int at = email.indexOf('@');
            if (at < 1 || email.indexOf('.', at) < 0 || email.trim().contains(" ")) {
                throw ApiException.invalid("contact.email", "The email address is not valid.", "Enter an address like name@example.com.");
            }
        }
        Phone phone = contact.phone();
        if (phone != null && (phone.e164() != null || phone.display() != null)) {
            String e164 = PhoneNumbers.toE164(phone.e164() != null ? phone.e164() : phone.display());
            if (e164 == null) {
                throw ApiException.invalid("contact.phone", "The phone number cannot be written in international (E.164) form.",
                        "Enter the number with its country code, e.g. +49 151 23456789.");
            }
            phone = new Phone(e164, phone.display());
        }
        Address address = contact.address();
        if (address != null && address.country() != null && !address.country().isBlank()) {
            address = new Address(address.line1(), address.line2(), address.city(), address.region(),
                    country(address.country(), "contact.address.country"), address.postalCode());
        }
        return new Contact(contact.givenName(), contact.familyName(), contact.preferredName(), contact.email(), phone, address);
    }

    private static void link(Link link, String path) {
        if (link.type() == null) {
            throw ApiException.invalid(path + ".type", "The link needs a type.", "Use LINKEDIN, GITHUB, PORTFOLIO, WEBSITE or OTHER.");
        }
        try {
            URI uri = URI.create(link.url() == null ? "" : link.url().trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(path + ".url", "The link is not an http(s) address.", "Enter the full address, e.g. https://github.com/you.");
        }
    }

    private ScreeningFacts screening(ScreeningFacts facts, EeoConsent consent, String storedStart) {
        if (facts == null) {
            return null;
        }
        Map<String, WorkAuthorization> authorization = new LinkedHashMap<>();
        facts.workAuthorization().forEach((code, value) ->
                authorization.put(country(code, "screening.workAuthorization." + code), value));
        String start = facts.earliestStartDate();
        if (start != null && !start.isBlank()) {
            LocalDate date;
            try {
                date = LocalDate.parse(start.trim());
            } catch (DateTimeParseException e) {
                throw ApiException.invalid("screening.earliestStartDate", "The earliest start date is not a date.", "Use the form YYYY-MM-DD.");
            }
            // One day of grace: "today" west of UTC is still yesterday in UTC.
            if (!start.equals(storedStart) && date.isBefore(LocalDate.now(clock).minusDays(1))) {
                throw ApiException.invalid("screening.earliestStartDate", "The earliest start date is in the past.", "Enter today or a later date.");
            }
            start = date.toString();
        }
        SalaryExpectation salary = facts.salary();
        if (salary != null) {
            if ((salary.min() != null && salary.min() < 0) || (salary.max() != null && salary.max() < 0)) {
                throw ApiException.invalid("screening.salary", "Salary figures cannot be negative.", "Enter amounts of 0 or more.");
            }
            if (salary.min() != null && salary.max() != null && salary.min() > salary.max()) {
                throw ApiException.invalid("screening.salary.min", "The minimum salary is above the maximum.", "Make the minimum at most the maximum.");
            }
            if (salary.currency() != null && !isCurrency(salary.currency())) {
                throw ApiException.invalid("screening.salary.currency", "The currency is not an ISO-4217 code.", "Use a code like EUR or USD.");
            }
        }
        if (facts.noticePeriodDays() != null && (facts.noticePeriodDays() < 0 || facts.noticePeriodDays() > 730)) {
            throw ApiException.invalid("screening.noticePeriodDays", "The notice period is out of range.", "Enter 0 to 730 days.");
        }
        if (facts.yearsOfExperience() != null && (facts.yearsOfExperience() < 0 || facts.yearsOfExperience() > 70)) {
            throw ApiException.invalid("screening.yearsOfExperience", "The years of experience are out of range.", "Enter 0 to 70 years.");
        }
        Eeo eeo = facts.eeo();
        boolean anyEeo = eeo != null && (eeo.gender() != null || eeo.raceEthnicity() != null || eeo.veteran() != null || eeo.disability() != null);
        if (anyEeo && (consent == null || !consent.given())) {
            throw ApiException.invalid("eeo.optIn", "EEO self-identification is stored only with explicit opt-in.",
                    "Set eeo.optIn to true to store these answers, or leave screening.eeo empty.");
        }
        return new ScreeningFacts(authorization, facts.sponsorshipNow(), facts.sponsorshipFuture(), facts.willingToRelocate(),
                facts.workModes(), start, facts.noticePeriodDays(), salary, facts.yearsOfExperience(), facts.over18(),
                facts.securityClearance(), anyEeo ? eeo : null);
    }

    private static String country(String code, String path) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            throw ApiException.invalid(path, "\"" + code + "\" is not an ISO-3166 alpha-2 country code.", "Use a two-letter code like DE, US or GB.");
        }
        return upper;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as resumes and JSON Resume write them. */
    private static void partialDate(String value, String path) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!isPartialDate(value.trim())) {
            throw ApiException.invalid(path, "\"" + value + "\" is not a date.", "Use YYYY-MM (or YYYY).");
        }
    }

    static boolean isPartialDate(String v) {
        List<Integer> lengths = List.of(4, 7, 10);
        if (!lengths.contains(v.length())) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                return false;
            }
        }
        if (v.length() >= 7) {
            int month = Integer.parseInt(v.substring(5, 7));
            if (month < 1 || month > 12) {
                return false;
            }
        }
        if (v.length() == 10) {
            try {
                LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }
}
