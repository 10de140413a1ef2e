package dev.applypilot.server.resume;

import dev.applypilot.server.platform.ApiException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.ContentLengthExceededException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded part as it streams in and stops at the first byte past the limit, so an oversize file is never held whole. */
final class UploadReader {
    private UploadReader() {
    }

    static byte[] read(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // The server's own multipart part limit trips while the stream is read: same answer as ours.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ContentLengthExceededException) {
                    throw tooLarge(maxBytes);
                }
            }
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file_too_large",
                "The file is larger than " + maxBytes / (1024 * 1024) + " MB.",
                "Upload a smaller file: export the resume as PDF without embedded images, or as DOCX.");
    }
}
