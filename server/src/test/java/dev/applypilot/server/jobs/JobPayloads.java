package dev.applypilot.server.jobs;

import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.RemoteType;
import dev.applypilot.shared.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Save bodies exactly as the extension sends them: {"clientId", "job": JobPosting JSON, "source"}. */
public final class JobPayloads {
    private JobPayloads() {
    }

    public static JobPosting posting(String title, String company, String location, String url, String descriptionHtml) {
        return new JobPosting(title, company, location == null ? List.of() : List.of(location), RemoteType.HYBRID, "FULL_TIME", null,
                descriptionHtml, null, url, null, null, null, "2026-11-01", null, null, Map.of());
    }

    public static String save(String clientId, JobPosting posting) {
        return Json.object("clientId", clientId, "job", posting.toJson(), "source", "EXTENSION").toJson();
    }

    /** A fresh posting with unique title and URL. */
    public static String fresh() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return save(UUID.randomUUID().toString(), posting("Engineer " + tag, "Acme " + tag, "Berlin, DE",
                "https://jobs.example.com/postings/" + tag, "<p>Work on things.</p>"));
    }

    public static JsonValue json(String text) {
        return dev.applypilot.shared.json.JsonParser.parse(text);
    }
}
