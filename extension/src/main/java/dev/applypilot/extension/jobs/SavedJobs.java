package dev.applypilot.extension.jobs;

import dev.applypilot.shared.job.CanonicalUrls;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser's copy of which pages are saved jobs (url to job id and application status), so "already saved"
 * and "applied" show instantly and offline. Kept up to date from acks and sync events; persisted because the
 * service worker's memory is lost whenever the browser stops it.
 */
public final class SavedJobs {
    private static final int MAX_URLS = 5_000;

    private final Map<String, String> jobIdByUrl = new LinkedHashMap<>();
    private final Map<String, String> statusByJobId = new LinkedHashMap<>();

    /** The saved job shown at {@code url}, or null. */
    public SavedJob find(String url) {
        String jobId = jobIdByUrl.get(key(url));
        return jobId == null ? null : new SavedJob(jobId, statusByJobId.get(jobId));
    }

    /**
     * Records a job as the server describes it ({@code {"job": {"id", "sourceUrl", "canonicalUrl", ...},
     * "applicationStatus"}}, the shape of acks, lookups and job events). Returns false when it names no job.
     */
    public boolean record(JsonValue jobAndStatus) {
        JsonValue job = jobAndStatus.get("job").isNull() ? jobAndStatus : jobAndStatus.get("job");
        String jobId = job.get("id").text().orElse(null);
        if (jobId == null) {
            return false;
        }
        for (String field : new String[] {"sourceUrl", "canonicalUrl", "url"}) {
            job.get(field).text().ifPresent(url -> remember(url, jobId));
        }
        String status = jobAndStatus.get("applicationStatus").text().orElse(jobAndStatus.get("status").text().orElse(null));
        if (status != null) {
            statusByJobId.put(jobId, status);
        } else {
            statusByJobId.putIfAbsent(jobId, "INTERESTED");
        }
        return true;
    }

    /** Also remembers the page the user saved from (its URL may differ from what the server keeps). */
    public void rememberPage(String url, String jobId) {
        remember(url, jobId);
    }

    public void statusChanged(String jobId, String status) {
        if (jobId != null && status != null) {
            statusByJobId.put(jobId, status);
        }
    }

    public int size() {
        return statusByJobId.size();
    }

    private void remember(String url, String jobId) {
        if (jobIdByUrl.size() >= MAX_URLS) {
            String oldest = jobIdByUrl.keySet().iterator().next();
            jobIdByUrl.remove(oldest);
        }
        jobIdByUrl.put(key(url), jobId);
    }

    private static String key(String url) {
        String canonical = url == null ? null : CanonicalUrls.normalise(url);
        return canonical == null ? String.valueOf(url) : canonical;
    }

    public String toJson() {
        Map<String, JsonValue> urls = new LinkedHashMap<>();
        jobIdByUrl.forEach((url, id) -> urls.put(url, new JsonString(id)));
        Map<String, JsonValue> statuses = new LinkedHashMap<>();
        statusByJobId.forEach((id, status) -> statuses.put(id, new JsonString(status)));
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("urls", new JsonObject(urls));
        m.put("statuses", new JsonObject(statuses));
        return new JsonObject(m).toJson();
    }

    public static SavedJobs fromJson(String json) {
        SavedJobs saved = new SavedJobs();
        if (json == null || json.isBlank()) {
            return saved;
        }
        try {
            JsonValue root = JsonParser.parse(json);
            root.get("urls").members().forEach((url, id) -> id.text().ifPresent(v -> saved.jobIdByUrl.put(url, v)));
            root.get("statuses").members().forEach((id, s) -> s.text().ifPresent(v -> saved.statusByJobId.put(id, v)));
        } catch (JsonParseException e) {
            return new SavedJobs();
        }
        return saved;
    }

    /**
     * @param jobId  the server's job id
     * @param status application status (INTERESTED, APPLIED, ...), or null when unknown
     */
    public record SavedJob(String jobId, String status) {
        public boolean applied() {
            return status != null && !"INTERESTED".equals(status) && !"SAVED".equals(status);
        }
    }
}
