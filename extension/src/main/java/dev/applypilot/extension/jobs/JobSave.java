package dev.applypilot.extension.jobs;

import dev.applypilot.shared.json.JsonNull;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the body of a job save ({@code POST /api/v1/jobs} and the {@code job.save} socket write). */
public final class JobSave {
    public static final String SOURCE = "EXTENSION";

    private JobSave() {
    }

    public static JsonValue payload(String clientId, JsonValue job) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("clientId", new JsonString(clientId));
        m.put("job", job);
        m.put("source", new JsonString(SOURCE));
        return new JsonObject(m);
    }

    /**
     * The job with the title and company the user typed in the popup. Blank entries keep the extracted value;
     * a changed value is marked with provenance {@code user} so the server knows a person corrected it.
     */
    public static JsonValue corrected(JsonValue job, String title, String company) {
        Map<String, JsonValue> m = new LinkedHashMap<>(job.members());
        Map<String, JsonValue> provenance = new LinkedHashMap<>(job.get("provenance").members());
        correct(m, provenance, "title", "TITLE", title);
        correct(m, provenance, "company", "COMPANY", company);
        m.put("provenance", new JsonObject(provenance));
        return new JsonObject(m);
    }

    private static void correct(Map<String, JsonValue> job, Map<String, JsonValue> provenance, String key,
                                String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String value = typed.trim();
        if (!value.equals(job.getOrDefault(key, JsonNull.NULL).text().orElse(null))) {
            job.put(key, new JsonString(value));
            provenance.put(field, new JsonString("user"));
        }
    }
}
