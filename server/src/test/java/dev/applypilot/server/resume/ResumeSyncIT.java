package dev.applypilot.server.resume;

import dev.applypilot.server.platform.TestApi;
import dev.applypilot.server.sync.SyncClient;
import dev.applypilot.shared.sync.SyncFrame;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resume parse progress and profile edits reach the user's open clients through the sync channel, and show in the metrics. */
@MicronautTest(transactional = false)
class ResumeSyncIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void pushesResumeStatusAndProfileUpdatesToOpenClients() throws Exception {
        TestApi api = new TestApi(server.getURI(), json);
        String token = api.register().text("accessToken");
        try (SyncClient client = SyncClient.connect(server.getURI(), token)) {
            client.send(new SyncFrame.Hello(0));
            client.await(frame -> frame instanceof SyncFrame.Welcome, Duration.ofSeconds(10));

            Multipart multipart = Multipart.file("resume.txt", "text/plain", ResumeFixtures.txt("v1"));
            TestApi.Response upload = api.send(api.request("/api/v1/resumes", token).header("Content-Type", multipart.contentType())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(multipart.body())).build());
            assertEquals(202, upload.status(), upload.raw().body());
            String resumeId = upload.text("id");

            SyncFrame pending = client.await(frame -> isResumeStatus(frame, resumeId, "PENDING"), Duration.ofSeconds(10));
            SyncFrame parsed = client.await(frame -> isResumeStatus(frame, resumeId, "PARSED"), Duration.ofSeconds(30));
            assertTrue(((SyncFrame.Event) parsed).id() > ((SyncFrame.Event) pending).id(), "events arrive in order");

            assertEquals(200, api.patch("/api/v1/profile", Map.of("contact", Map.of("givenName", "Ada")), token).status());
            client.await(frame -> frame instanceof SyncFrame.Event event && "profile.updated".equals(event.kind()), Duration.ofSeconds(10));

            // Operators see the same activity in the metrics.
            String metrics = api.get("/prometheus", null).raw().body();
            assertTrue(metrics.contains("applypilot_resumes_parse_seconds_count{outcome=\"parsed\""), "parse timer");
            assertTrue(metrics.contains("applypilot_resumes_queue"), "parse queue depth");
            assertTrue(metrics.contains("applypilot_sync_connections"), "open sockets");
            assertTrue(metrics.contains("applypilot_sync_event_lag_seconds_count"), "event lag");
        }
    }

    private static boolean isResumeStatus(SyncFrame frame, String resumeId, String status) {
        return frame instanceof SyncFrame.Event event && "resume.status".equals(event.kind())
                && event.payload().get("resumeId").text().equals(java.util.Optional.of(resumeId))
                && event.payload().get("status").text().equals(java.util.Optional.of(status));
    }
}
