package dev.applypilot.server.dashboard;

import dev.applypilot.server.applications.ApplicationService;
import dev.applypilot.server.applications.ApplicationStatus;
import dev.applypilot.server.generation.GeneratedDocument;
import dev.applypilot.server.generation.GenerationService;
import dev.applypilot.server.generation.JobDetails;
import dev.applypilot.server.matching.JobInput;
import dev.applypilot.server.matching.MatchResult;
import dev.applypilot.server.matching.MatchService;
import dev.applypilot.server.matching.RemoteType;
import dev.applypilot.server.matching.ResumeInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The job detail page's model: the application, the match against the user's material and the generated documents. */
@Singleton
class JobPage {
    private final ApplicationService applications;
    private final CandidateMaterial material;
    private final MatchService matching;
    private final GenerationService generation;
    private final JsonMapper json;

    JobPage(ApplicationService applications, CandidateMaterial material, MatchService matching, GenerationService generation, JsonMapper json) {
        this.applications = applications;
        this.material = material;
        this.matching = matching;
        this.generation = generation;
        this.json = json;
    }

    /** The job as generation needs it (title, company, description text). */
    JobDetails details(UUID userId, UUID jobId) {
        Map<String, Object> job = job(userId, jobId);
        String text = SafeHtml.text((String) job.get("descriptionHtml"));
        String title = String.valueOf(job.getOrDefault("title", "Untitled job"));
        return new JobDetails(jobId, title, (String) job.get("company"), text.isBlank() ? title : text);
    }

    Map<String, Object> model(HttpRequest<?> request, Authentication authentication, UUID jobId, @Nullable Map<String, String> errors) {
        UUID userId = Pages.user(authentication);
        Map<String, Object> detail = JsonViews.map(applications.detail(userId, jobId));
        @SuppressWarnings("unchecked")
        Map<String, Object> job = (Map<String, Object>) detail.get("job");
        Map<String, Object> model = Pages.model(request, authentication, String.valueOf(job.getOrDefault("title", "Job")), "board");
        model.put("detail", detail);
        model.put("job", job);
        model.put("descriptionHtml", SafeHtml.description((String) job.get("descriptionHtml"), (String) job.get("sourceUrl")));
        model.put("statuses", ApplicationStatus.values());
        CandidateMaterial.Material candidate = material.load(userId);
        model.put("materialSource", candidate.resumeName() != null ? "your primary resume (" + candidate.resumeName() + ") and profile"
                : "your profile (upload a resume for a fuller match)");
        model.put("hasMaterial", !candidate.resumeText().isBlank() || !candidate.facts().skills().isEmpty());
        MatchResult match = match(candidate, job, jobId);
        model.put("match", match);
        // OGNL reads "band" as its bitwise-and operator, so the template gets the band's name on its own.
        model.put("matchBand", match == null ? null : match.band().name());
        model.put("documents", documents(userId, jobId));
        model.put("generating", request.getParameters().get("generating"));
        if (errors != null) {
            model.put("errors", errors);
        }
        return model;
    }

    private MatchResult match(CandidateMaterial.Material candidate, Map<String, Object> job, UUID jobId) {
        if (candidate.resumeText().isBlank() && candidate.facts().skills().isEmpty()) {
            return null;
        }
        String text = SafeHtml.text((String) job.get("descriptionHtml"));
        Object locations = job.get("locations");
        String location = locations instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
        JobInput input = new JobInput(jobId.toString(), text, (String) job.get("title"), location, remoteType(job.get("remoteType")));
        return matching.match(new ResumeInput(candidate.resumeText(), candidate.facts()), input);
    }

    private static RemoteType remoteType(Object value) {
        try {
            return value == null ? RemoteType.UNKNOWN : RemoteType.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return RemoteType.UNKNOWN;
        }
    }

    /** The newest document of each kind, content as plain maps for the template. */
    private Map<String, Map<String, Object>> documents(UUID userId, UUID jobId) {
        Map<String, Map<String, Object>> latest = new LinkedHashMap<>();
        for (GeneratedDocument doc : generation.documents(userId, jobId)) {
            if (latest.containsKey(doc.kind())) {
                continue;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", doc.id());
            view.put("provider", doc.provider());
            view.put("offline", "offline".equals(doc.provider()));
            view.put("createdAt", doc.createdAt());
            view.put("content", content(doc));
            latest.put(doc.kind(), view);
        }
        return latest;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> content(GeneratedDocument doc) {
        try {
            return json.readValue(json.writeValueAsString(doc.content()), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> job(UUID userId, UUID jobId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> job = (Map<String, Object>) JsonViews.map(applications.detail(userId, jobId)).get("job");
        return job;
    }
}
