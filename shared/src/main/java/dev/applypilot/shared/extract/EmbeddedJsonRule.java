package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Application state that single-page apps embed as JSON ({@code __NEXT_DATA__} and similar): searches the
 * tree for a schema.org JobPosting, else for the most JobPosting-shaped object (a title-like string plus a
 * long description, ideally with company and location members) and maps its common member names.
 */
final class EmbeddedJsonRule {

    static final String SOURCE = "embedded-json";
    private static final List<String> SCRIPT_IDS = List.of("__NEXT_DATA__", "__NUXT_DATA__", "__APP_DATA__",
            "__INITIAL_STATE__", "ng-state", "serverApp-state");
    private static final List<String> TITLE_KEYS = List.of("title", "jobTitle", "postingTitle", "positionName", "name");
    private static final List<String> DESCRIPTION_KEYS = List.of("description", "descriptionHtml", "jobDescription",
            "descriptionPlain", "content");
    private static final List<String> COMPANY_KEYS = List.of("hiringOrganization", "companyName", "company",
            "organization", "organizationName", "employer");
    private static final List<String> LOCATION_KEYS = List.of("jobLocation", "location", "locations", "locationName",
            "jobLocations", "city");
    private static final int MAX_NODES = 200_000;
    private static final int MIN_DESCRIPTION = 100;

    private EmbeddedJsonRule() {
    }

    static boolean apply(PageView page, JobPostingDraft draft) {
        for (String id : SCRIPT_IDS) {
            String script = page.scriptById(id).orElse(null);
            if (script == null) {
                continue;
            }
            JsonValue root;
            try {
                root = JsonParser.parse(script.trim());
            } catch (JsonParseException e) {
                continue;
            }
            List<JsonValue> postings = new ArrayList<>();
            JsonLdRule.collect(root, postings, new int[] {0});
            if (!postings.isEmpty()) {
                SchemaOrgJobPosting.apply(postings.get(0), draft, SOURCE);
                return true;
            }
            JsonValue best = bestShaped(root);
            if (best != null) {
                applyShaped(best, draft);
                return true;
            }
        }
        return false;
    }

    /** The highest-scoring JobPosting-shaped object, or null when none has a title and a description. */
    static JsonValue bestShaped(JsonValue root) {
        List<JsonValue> stack = new ArrayList<>();
        stack.add(root);
        JsonValue best = null;
        int bestScore = 0;
        int visited = 0;
        while (!stack.isEmpty() && visited++ < MAX_NODES) {
            JsonValue value = stack.remove(stack.size() - 1);
            if (value instanceof JsonObject) {
                int score = shapeScore(value);
                if (score > bestScore) {
                    best = value;
                    bestScore = score;
                }
                stack.addAll(value.members().values());
            } else if (value instanceof JsonArray) {
                stack.addAll(value.elements());
            }
        }
        return best;
    }

    private static int shapeScore(JsonValue object) {
        String title = firstString(object, TITLE_KEYS);
        String description = firstString(object, DESCRIPTION_KEYS);
        if (title == null || title.length() > 200 || description == null || description.length() < MIN_DESCRIPTION) {
            return 0;
        }
        int score = 2;
        if (company(object) != null) {
            score++;
        }
        if (!locations(object).isEmpty()) {
            score++;
        }
        return score;
    }

    private static void applyShaped(JsonValue job, JobPostingDraft draft) {
        draft.offer(JobField.TITLE, HtmlText.clean(firstString(job, TITLE_KEYS)), SOURCE);
        draft.offer(JobField.COMPANY, company(job), SOURCE);
        draft.offer(JobField.LOCATIONS, locations(job), SOURCE);
        String description = firstString(job, DESCRIPTION_KEYS);
        if (description != null && description.indexOf('<') >= 0) {
            draft.offer(JobField.DESCRIPTION_HTML, description, SOURCE);
        }
        draft.offer(JobField.DESCRIPTION_TEXT, HtmlText.toText(description), SOURCE);
        draft.offer(JobField.EMPLOYMENT_TYPE, HtmlText.clean(firstString(job, List.of("employmentType", "commitment"))), SOURCE);
        draft.offer(JobField.DATE_POSTED, IsoDates.datePart(firstString(job,
                List.of("datePosted", "publishedAt", "postedAt", "publishedDate", "createdAt"))), SOURCE);
    }

    private static String firstString(JsonValue object, List<String> keys) {
        for (String key : keys) {
            JsonValue value = object.get(key);
            if (value instanceof JsonString) {
                String text = value.text().orElse("").trim();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String company(JsonValue object) {
        for (String key : COMPANY_KEYS) {
            JsonValue value = object.get(key);
            String name = value instanceof JsonObject ? firstString(value, List.of("name", "displayName", "title"))
                    : value.text().orElse(null);
            if (value instanceof JsonObject || value instanceof JsonString) {
                String cleaned = HtmlText.clean(name);
                if (cleaned != null && cleaned.length() <= 120) {
                    return cleaned;
                }
            }
        }
        return null;
    }

    private static List<String> locations(JsonValue object) {
        List<String> out = new ArrayList<>();
        for (String key : LOCATION_KEYS) {
            for (JsonValue element : object.get(key).elements()) {
                String location = element instanceof JsonObject ? locationOf(element) : HtmlText.clean(element.text().orElse(null));
                if (location != null && location.length() <= 200 && !out.contains(location)) {
                    out.add(location);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    private static String locationOf(JsonValue place) {
        if (place.get("address") instanceof JsonObject) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonValue> part : place.get("address").members().entrySet()) {
                if (part.getKey().equals("addressLocality") || part.getKey().equals("addressRegion")
                        || part.getKey().equals("addressCountry")) {
                    part.getValue().text().map(HtmlText::clean).ifPresent(parts::add);
                }
            }
            if (!parts.isEmpty()) {
                return String.join(", ", parts);
            }
        }
        String name = firstString(place, List.of("name", "displayName", "label", "locationName", "city"));
        return HtmlText.clean(name);
    }
}
