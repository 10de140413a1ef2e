package dev.applypilot.server.platform;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * JSON bodies are small; only uploads (multipart) may use the server's larger global limit. Refusing by declared
 * length answers before any of the body is read. A JSON body without a declared length (chunked) is refused too:
 * it would otherwise slip past the limit up to the global upload size; browsers and the extension always send one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class JsonBodyLimit {
    private final long maxJsonBytes;

    JsonBodyLimit(@Value("${applypilot.max-json-bytes:1048576}") long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> limit(HttpRequest<?> request) {
        boolean multipart = request.getContentType().map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
        if (!multipart && request.getContentLength() > maxJsonBytes) {
            return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(new ApiError("payload_too_large",
                    "The request body is larger than " + maxJsonBytes / 1024 + " KB.", "Send a smaller body; files go through the upload endpoints.", null));
        }
        if (!multipart && request.getContentLength() < 0 && request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return HttpResponse.<ApiError>status(HttpStatus.LENGTH_REQUIRED).body(new ApiError("length_required",
                    "A JSON body must declare its Content-Length.", "Send the body with a Content-Length header, not chunked.", null));
        }
        return null;
    }
}
