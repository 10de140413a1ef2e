package dev.applypilot.server.profile;

import dev.applypilot.server.profile.jsonresume.JsonResume;
import dev.applypilot.server.profile.jsonresume.JsonResumeMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The signed-in user's profile. Responses carry the version as {@code ETag} (and {@code updatedAt} in the body);
 * writes naming a stale version in {@code If-Match} or {@code updatedAt} answer 409 and change nothing.
 */
@Controller("/api/v1/profile")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ProfileController {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Get
    HttpResponse<ProfileDocument> get(Authentication authentication) {
        return withVersion(profiles.get(userId(authentication)));
    }

    @Put
    HttpResponse<ProfileDocument> put(@Body ProfileDocument body, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                      Authentication authentication) {
        Instant expected = expected(ifMatch, body.updatedAt());
        return withVersion(profiles.replace(userId(authentication), body, expected));
    }

    /** JSON merge patch (RFC 7386): members present replace (objects merge), {@code null} clears, absent ones stay. */
    @Patch
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    HttpResponse<ProfileDocument> patch(@Body JsonNode body, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                        Authentication authentication) {
        Instant bodyVersion = null;
        JsonNode patch = body;
        if (body.isObject() && body.get("updatedAt") != null) {
            JsonNode version = body.get("updatedAt");
            bodyVersion = version.isString() ? Instant.parse(version.getStringValue()) : null;
            Map<String, JsonNode> rest = new LinkedHashMap<>();
            body.entries().forEach(member -> rest.put(member.getKey(), member.getValue()));
            rest.remove("updatedAt");
            patch = JsonNode.createObjectNode(rest);
        }
        return withVersion(profiles.patch(userId(authentication), patch, expected(ifMatch, bodyVersion)));
    }

    /** Replaces contact, links, work, education, skills, languages and certifications; screening facts stay. */
    @Post("/import/json-resume")
    HttpResponse<ProfileDocument> importJsonResume(@Body JsonResume body, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                                   Authentication authentication) {
        ProfileDocument parts = JsonResumeMapper.toProfile(body);
        return withVersion(profiles.update(userId(authentication), ProfileVersions.fromIfMatch(ifMatch),
                current -> current.withResumeParts(parts)));
    }

    @Get("/export/json-resume")
    JsonResume exportJsonResume(Authentication authentication) {
        return JsonResumeMapper.fromProfile(profiles.get(userId(authentication)));
    }

    private static Instant expected(@Nullable String ifMatch, @Nullable Instant bodyVersion) {
        Instant header = ProfileVersions.fromIfMatch(ifMatch);
        return header != null ? header : bodyVersion;
    }

    private static HttpResponse<ProfileDocument> withVersion(ProfileDocument document) {
        MutableHttpResponse<ProfileDocument> response = HttpResponse.ok(document);
        return document.updatedAt() == null ? response : response.header(HttpHeaders.ETAG, ProfileVersions.etag(document.updatedAt()));
    }

    private static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
