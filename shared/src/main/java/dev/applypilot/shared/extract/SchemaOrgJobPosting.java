package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.RemoteType;
import dev.applypilot.shared.job.Salary;
import dev.applypilot.shared.job.SalaryPeriod;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a schema.org JobPosting object (JSON-LD or an embedded copy of one) onto a draft: nested
 * hiringOrganization, jobLocation/Place/PostalAddress (single or array), baseSalary/MonetaryAmount/
 * QuantitativeValue, jobLocationType TELECOMMUTE, applicantLocationRequirements.
 */
final class SchemaOrgJobPosting {

    private SchemaOrgJobPosting() {
    }

    /** True when the object's {@code @type} (a string or an array) names JobPosting. */
    static boolean isJobPosting(JsonValue object) {
        for (JsonValue type : object.get("@type").elements()) {
            String t = type.text().orElse("");
            if (t.equals("JobPosting") || t.endsWith("/JobPosting") || t.endsWith(":JobPosting")) {
                return true;
            }
        }
        return false;
    }

    static void apply(JsonValue job, JobPostingDraft draft, String source) {
        draft.offer(JobField.TITLE, HtmlText.clean(firstText(job, "title", "name")), source);
        draft.offer(JobField.COMPANY, company(job.get("hiringOrganization")), source);
        List<String> locations = locations(job.get("jobLocation"));
        boolean telecommute = job.get("jobLocationType").elements().stream()
                .anyMatch(t -> t.text().orElse("").toUpperCase(Locale.ROOT).contains("TELECOMMUTE"));
        if (locations.isEmpty()) {
            for (JsonValue requirement : job.get("applicantLocationRequirements").elements()) {
                String name = HtmlText.clean(requirement.text().orElse(requirement.get("name").text().orElse(null)));
                if (name != null) {
                    locations.add(name);
                }
            }
        }
        draft.offer(JobField.LOCATIONS, locations, source);
        if (telecommute) {
            draft.offer(JobField.REMOTE_TYPE, RemoteType.REMOTE, source);
        }
        draft.offer(JobField.EMPLOYMENT_TYPE, joinTexts(job.get("employmentType")), source);
        draft.offer(JobField.SALARY, salary(job.get("baseSalary")), source);
        draft.offer(JobField.SALARY, salary(job.get("estimatedSalary")), source);
        String description = job.get("description").text().orElse(null);
        if (description != null && description.indexOf('<') < 0 && description.contains("&lt;")) {
            // Some sites entity-escape the HTML inside the JSON string.
            description = HtmlText.decodeEntities(description);
        }
        draft.offer(JobField.DESCRIPTION_HTML, description, source);
        draft.offer(JobField.DESCRIPTION_TEXT, HtmlText.toText(description), source);
        draft.offer(JobField.DATE_POSTED, IsoDates.datePart(job.get("datePosted").text().orElse(null)), source);
        draft.offer(JobField.VALID_THROUGH, IsoDates.datePart(job.get("validThrough").text().orElse(null)), source);
    }

    private static String firstText(JsonValue object, String... keys) {
        for (String key : keys) {
            String text = object.get(key).text().orElse(null);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static String company(JsonValue organization) {
        for (JsonValue org : organization.elements()) {
            String name = HtmlText.clean(org.text().orElse(org.get("name").text().orElse(null)));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<String> locations(JsonValue jobLocation) {
        List<String> out = new ArrayList<>();
        for (JsonValue place : jobLocation.elements()) {
            String location = place.text().isPresent() ? HtmlText.clean(place.text().get()) : place(place);
            if (location != null && !out.contains(location)) {
                out.add(location);
            }
        }
        return out;
    }

    private static String place(JsonValue place) {
        JsonValue address = place.get("address");
        if (address.text().isPresent()) {
            return HtmlText.clean(address.text().get());
        }
        List<String> parts = new ArrayList<>();
        for (JsonValue a : address.elements()) {
            addPart(parts, a.get("addressLocality"));
            addPart(parts, a.get("addressRegion"));
            addPart(parts, a.get("addressCountry"));
            if (!parts.isEmpty()) {
                break;
            }
        }
        if (parts.isEmpty()) {
            addPart(parts, place.get("name"));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Adds a text or {name: text} value, skipping repeats such as locality "New York", region "New York". */
    private static void addPart(List<String> parts, JsonValue value) {
        String text = HtmlText.clean(value.text().orElse(value.get("name").text().orElse(null)));
        if (text != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equalsIgnoreCase(text))) {
            parts.add(text);
        }
    }

    private static String joinTexts(JsonValue value) {
        List<String> texts = new ArrayList<>();
        for (JsonValue element : value.elements()) {
            element.text().map(HtmlText::clean).ifPresent(texts::add);
        }
        return texts.isEmpty() ? null : String.join(", ", texts);
    }

    private static Salary salary(JsonValue amount) {
        for (JsonValue a : amount.elements()) {
            String currency = a.get("currency").text().orElse(null);
            JsonValue value = a.get("value");
            Double min = value.get("minValue").number().orElse(null);
            Double max = value.get("maxValue").number().orElse(null);
            Double exact = value.number().orElse(value.get("value").number().orElse(null));
            if (min == null && max == null) {
                min = exact;
                max = exact;
            }
            String unit = value.get("unitText").text().orElse(a.get("unitText").text().orElse(null));
            Salary salary = new Salary(min, max, currency, SalaryPeriod.parse(unit).orElse(null));
            if (!salary.isEmpty()) {
                return salary;
            }
        }
        return null;
    }
}
