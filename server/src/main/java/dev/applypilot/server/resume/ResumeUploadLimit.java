package dev.applypilot.server.resume;

import dev.applypilot.server.platform.ApiError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Refuses an upload whose declared length already exceeds the file limit (plus room for the multipart framing),
 * before any of the body is read. Chunked uploads without a length are capped while streaming by {@link UploadReader}.
 */
@ServerFilter("/api/v1/resumes")
public class ResumeUploadLimit {
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private final long maxFileBytes;

    ResumeUploadLimit(ResumeSettings settings) {
        this.maxFileBytes = settings.maxFileBytes();
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> limit(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.POST && request.getContentLength() > maxFileBytes + MULTIPART_OVERHEAD) {
            var error = UploadReader.tooLarge(maxFileBytes).toError();
            return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(error);
        }
        return null;
    }
}
