package dev.applypilot.server.resume;

import dev.applypilot.server.profile.ProfileDocument;
import dev.applypilot.server.profile.ProfileVersions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The signed-in user's resume versions. Another user's ids answer 404 like missing ones. */
@Controller("/api/v1/resumes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ResumeController {
    private final ResumeService resumes;
    private final ResumeSettings settings;

    ResumeController(ResumeService resumes, ResumeSettings settings) {
        this.resumes = resumes;
        this.settings = settings;
    }

    /** Multipart part {@code file}; answers 202 with the new version (PENDING) and its status URL in Location. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ResumeView> upload(StreamingFileUpload file, Authentication authentication) {
        byte[] bytes = UploadReader.read(file.asInputStream(), settings.maxFileBytes());
        ResumeView view = resumes.upload(userId(authentication), file.getFilename(), bytes);
        return HttpResponse.<ResumeView>status(HttpStatus.ACCEPTED).body(view).headers(headers ->
                headers.location(URI.create("/api/v1/resumes/" + view.id())));
    }

    @Get
    List<ResumeView> list(Authentication authentication) {
        return resumes.list(userId(authentication));
    }

    /** Line diff of the extracted text of two PARSED versions. */
    @Get("/diff")
    ResumeDiff diff(@QueryValue UUID from, @QueryValue UUID to, Authentication authentication) {
        return resumes.diff(userId(authentication), from, to);
    }

    /** Status (PENDING/PARSING/PARSED/FAILED with error and guidance) and, once PARSED, the parse result. */
    @Get("/{id}")
    ResumeView get(UUID id, Authentication authentication) {
        return resumes.get(userId(authentication), id);
    }

    @Get("/{id}/file")
    HttpResponse<byte[]> file(UUID id, Authentication authentication) {
        StoredFile file = resumes.file(userId(authentication), id);
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = file.fileName().replaceAll("[^\\x20-\\x7e]", "_");
        return HttpResponse.ok(file.content())
                .contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }

    /** Tags, notes and the primary mark. */
    @Patch("/{id}")
    ResumeView update(UUID id, @Body @Valid ResumePatch body, Authentication authentication) {
        return resumes.update(userId(authentication), id, body);
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(UUID id, Authentication authentication) {
        resumes.delete(userId(authentication), id);
        return HttpResponse.noContent();
    }

    @Get("/{id}/merge-preview")
    MergePreview mergePreview(UUID id, Authentication authentication) {
        return resumes.mergePreview(userId(authentication), id);
    }

    /**
     * Merges the parse into the profile as chosen per field ({@code {"contact.email": "take", "skills": "union"}});
     * fields left out are kept. Honours {@code If-Match} with the profile's ETag.
     */
    @Post("/{id}/merge")
    HttpResponse<ProfileDocument> merge(UUID id, @Body Map<String, String> choices,
                                        @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch, Authentication authentication) {
        ProfileDocument profile = resumes.merge(userId(authentication), id, choices, ProfileVersions.fromIfMatch(ifMatch));
        return HttpResponse.ok(profile).header(HttpHeaders.ETAG, ProfileVersions.etag(profile.updatedAt()));
    }

    private static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }

}
