package dev.applypilot.server.dashboard;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.resume.MergePreview;
import dev.applypilot.server.resume.ResumeDiff;
import dev.applypilot.server.resume.ResumePatch;
import dev.applypilot.server.resume.ResumeService;
import dev.applypilot.server.resume.ResumeSettings;
import dev.applypilot.server.resume.ResumeStatus;
import dev.applypilot.server.resume.ResumeView;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Skill;
import dev.applypilot.shared.profile.WorkExperience;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resume versions: upload (the page's script posts to the API with upload progress and polls the parse status),
 * parse review with a field-by-field merge into the profile, tags/notes/primary, diff between versions, download.
 */
@FormCsrf
@Controller("/app/resumes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class ResumePagesController {
    private final ResumeService resumes;
    private final ResumeSettings settings;

    ResumePagesController(ResumeService resumes, ResumeSettings settings) {
        this.resumes = resumes;
        this.settings = settings;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        Map<String, Object> model = Pages.model(request, authentication, "Resumes", "resumes");
        List<ResumeView> versions = resumes.list(Pages.user(authentication));
        model.put("resumes", versions);
        model.put("parsed", versions.stream().filter(v -> v.status() == ResumeStatus.PARSED).toList());
        model.put("maxMegabytes", settings.maxFileBytes() / (1024 * 1024));
        return Pages.page("resumes", model);
    }

    @Get("/diff")
    HttpResponse<?> diff(@QueryValue String from, @QueryValue String to, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID userId = Pages.user(authentication);
        ResumeDiff diff = resumes.diff(userId, resumeId(from), resumeId(to));
        Map<String, Object> model = Pages.model(request, authentication, "Resume diff", "resumes");
        model.put("diff", diff);
        model.put("fromResume", resumes.get(userId, diff.from()));
        model.put("toResume", resumes.get(userId, diff.to()));
        return Pages.page("resume-diff", model);
    }

    @Get("/{id}")
    HttpResponse<?> detail(@PathVariable String id, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        return Pages.page("resume", model(request, authentication, resumeId(id), Map.of()));
    }

    @Post("/{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> merge(@PathVariable String id, @Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID resumeId = resumeId(id);
        Map<String, String> choices = new LinkedHashMap<>(form);
        choices.remove("csrf");
        try {
            resumes.merge(Pages.user(authentication), resumeId, choices, null);
        } catch (ApiException e) {
            String field = e.toError().field();
            return Pages.invalid("resume", model(request, authentication, resumeId, Map.of(field == null ? "merge" : field, JobToolsController.message(e))));
        }
        return Pages.redirect("/app/resumes/" + resumeId + "?merged=1#merge");
    }

    @Post("/{id}/meta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> meta(@PathVariable String id, @Body Map<String, String> form, HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        UUID resumeId = resumeId(id);
        List<String> tags = Arrays.stream(Pages.field(form, "tags").split(",")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        String notes = Pages.field(form, "notes");
        Map<String, String> errors = new LinkedHashMap<>();
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 40)) {
            errors.put("tags", "Use up to 20 tags of up to 40 characters each.");
        }
        if (notes.length() > 2000) {
            errors.put("notes", "Notes can hold up to 2,000 characters.");
        }
        if (errors.isEmpty()) {
            try {
                resumes.update(Pages.user(authentication), resumeId, new ResumePatch(tags, notes, "on".equals(form.get("primary")) ? Boolean.TRUE : null));
            } catch (ApiException e) {
                String field = e.toError().field();
                errors.put(field == null ? "tags" : field, JobToolsController.message(e));
            }
        }
        if (!errors.isEmpty()) {
            return Pages.invalid("resume", model(request, authentication, resumeId, errors));
        }
        return Pages.redirect("/app/resumes/" + resumeId + "#meta");
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable String id, @Body Map<String, String> form, @Nullable Authentication authentication) {
        if (authentication == null) {
            return Pages.signIn();
        }
        resumes.delete(Pages.user(authentication), resumeId(id));
        return Pages.redirect("/app/resumes");
    }

    private Map<String, Object> model(HttpRequest<?> request, Authentication authentication, UUID resumeId, Map<String, String> errors) {
        UUID userId = Pages.user(authentication);
        ResumeView resume = resumes.get(userId, resumeId);
        Map<String, Object> model = Pages.model(request, authentication, resume.fileName(), "resumes");
        model.put("resume", resume);
        model.put("merged", request.getParameters().contains("merged"));
        model.put("errors", errors);
        if (resume.status() == ResumeStatus.PARSED) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (MergePreview.Field field : resumes.mergePreview(userId, resumeId).fields()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("field", field.field());
                row.put("id", field.field().replace('.', '-'));
                row.put("current", describe(field.current()));
                row.put("parsed", describe(field.parsed()));
                row.put("differs", field.differs());
                row.put("choices", field.choices());
                // Fill empty profile fields by default; anything already there is kept unless the user says otherwise.
                row.put("preselected", field.current() == null || describe(field.current()).isEmpty() ? field.choices().get(1) : "keep");
                fields.add(row);
            }
            model.put("mergeFields", fields);
        }
        return model;
    }

    /** A merge value as readable lines (work entries, schools and skills as one line each). */
    static List<String> describe(Object value) {
        List<String> lines = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                lines.addAll(describe(item));
            }
        } else if (value instanceof WorkExperience job) {
            lines.add(join(job.title(), " at ", job.company()) + (job.start() == null ? "" : " (" + job.start() + " – "
                    + (job.current() ? "present" : job.end() == null ? "" : job.end()) + ")"));
        } else if (value instanceof Education school) {
            lines.add(join(join(school.degree(), " ", school.discipline()), ", ", school.school()));
        } else if (value instanceof Skill skill) {
            lines.add(skill.name());
        } else if (value != null && !String.valueOf(value).isBlank()) {
            lines.add(String.valueOf(value));
        }
        return lines;
    }

    private static String join(String a, String separator, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + separator + b : hasA ? a : hasB ? b : "";
    }

    private static UUID resumeId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("The resume");
        }
    }
}
