package dev.applypilot.server.jobs;

import dev.applypilot.server.applications.ApplicationStatus;
import dev.applypilot.server.applications.ApplicationStore;
import dev.applypilot.server.applications.ChangeSource;
import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.sync.ClientWrites;
import dev.applypilot.server.sync.EventLog;
import dev.applypilot.server.sync.Transactions;
import dev.applypilot.shared.job.CanonicalUrls;
import dev.applypilot.shared.job.JobDedupKey;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.VendorJobIds;
import dev.applypilot.shared.job.VendorJobRef;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Saves jobs: normalise, sanitise, de-duplicate, create the application, record the event; once per clientId. */
@Singleton
public class JobService {
    static final String OP_SAVE = "job.save";

    private final Transactions transactions;
    private final JobStore jobs;
    private final ApplicationStore applications;
    private final ClientWrites clientWrites;
    private final EventLog events;

    JobService(Transactions transactions, JobStore jobs, ApplicationStore applications, ClientWrites clientWrites, EventLog events) {
        this.transactions = transactions;
        this.jobs = jobs;
        this.applications = applications;
        this.clientWrites = clientWrites;
        this.events = events;
    }

    /**
     * The outcome of a save.
     *
     * @param body     {"job", "duplicate", "applicationStatus"}
     * @param created  a new job was stored
     * @param replayed the clientId was seen before and {@code body} is the first attempt's result
     */
    public record SaveResult(JsonObject body, boolean created, boolean replayed) {
    }

    /** Saves {@code posting} for the user; {@code clientId} may be null when the caller does not retry. */
    public SaveResult save(UUID userId, String clientId, JobPosting posting, ChangeSource source) {
        if (posting.title() == null || posting.title().isBlank()) {
            throw ApiException.invalid("job.title", "The job has no title.", "Send the posting's title; open the job's own page if it is missing.");
        }
        JobPosting normalised = normalise(posting);
        String dedupKey = dedupKey(normalised);
        return transactions.write(connection -> {
            if (clientId != null) {
                Optional<String> first = clientWrites.claim(connection, userId, clientId, OP_SAVE);
                if (first.isPresent()) {
                    return new SaveResult((JsonObject) JsonParser.parse(first.get()), false, true);
                }
            }
            Stored stored = store(connection, userId, normalised, dedupKey);
            SaveResult result;
            if (stored.created()) {
                applications.create(connection, userId, stored.job().id(), source);
                result = new SaveResult(body(stored.job(), false, ApplicationStatus.INTERESTED), true, false);
            } else {
                ApplicationStatus status = applications.status(connection, userId, stored.job().id()).orElse(ApplicationStatus.INTERESTED);
                result = new SaveResult(body(stored.job(), true, status), false, false);
            }
            if (clientId != null) {
                clientWrites.complete(connection, userId, clientId, result.body().toJson());
            }
            if (stored.created()) {
                // Last before commit: the event's counter row lock serialises the user's writers from here to the commit only.
                events.append(userId, "job.saved", Json.object("job", stored.job().toJson(), "applicationStatus", ApplicationStatus.INTERESTED).toJson());
            }
            return result;
        });
    }

    private record Stored(SavedJob job, boolean created) {
    }

    /**
     * The user's job matching a de-duplication rule, else the newly inserted one. Two concurrent saves of one job
     * both miss the lookup; the unique indexes make the second insert wait for the first and yield, and its next
     * lookup finds the winner.
     */
    private Stored store(Connection connection, UUID userId, JobPosting posting, String dedupKey) throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<SavedJob> existing = jobs.findDuplicate(connection, userId, posting, dedupKey);
            if (existing.isPresent()) {
                return new Stored(existing.get(), false);
            }
            Optional<SavedJob> inserted = jobs.insert(connection, userId, posting, dedupKey);
            if (inserted.isPresent()) {
                return new Stored(inserted.get(), true);
            }
        }
        // Only if the winning job is deleted again between each insert and lookup.
        throw new IllegalStateException("The job kept colliding with concurrent changes; try again");
    }

    /** Saves from the REST/WebSocket body {"clientId", "job", "source"}; {@code clientIdOverride} (the frame's) wins. */
    public SaveResult saveFromJson(UUID userId, JsonValue json, String clientIdOverride) {
        JsonValue job = json.get("job");
        if (!(job instanceof JsonObject)) {
            throw ApiException.invalid("job", "The body needs a \"job\" object.", "Send {\"clientId\", \"job\": <JobPosting JSON>, \"source\"}.");
        }
        String clientId = clientIdOverride != null ? clientIdOverride : clientId(json);
        return save(userId, clientId, JobPosting.fromJson(job), ChangeSource.parse(json.get("source").text().orElse(null)));
    }

    public static String clientId(JsonValue json) {
        String clientId = json.get("clientId").text().orElse(null);
        if (clientId != null && (clientId.isBlank() || clientId.length() > 100)) {
            throw ApiException.invalid("clientId", "clientId must be 1 to 100 characters.", "Generate one UUID per change and reuse it on retries.");
        }
        return clientId;
    }

    public static JsonObject body(SavedJob job, boolean duplicate, ApplicationStatus status) {
        return Json.object("job", job.toJson(), "duplicate", duplicate, "applicationStatus", status);
    }

    /** Fills canonical URL and ATS id from the URL when the client left them out, and sanitises the description. */
    static JobPosting normalise(JobPosting p) {
        String canonical = p.canonicalUrl() != null ? CanonicalUrls.normalise(p.canonicalUrl())
                : p.sourceUrl() == null ? null : CanonicalUrls.normalise(p.sourceUrl());
        var vendor = p.atsVendor();
        String vendorJobId = p.vendorJobId();
        if (vendor == null || vendorJobId == null) {
            Optional<VendorJobRef> ref = VendorJobIds.detect(canonical != null ? canonical : p.sourceUrl());
            if (ref.isPresent() && ref.get().jobId() != null) {
                vendor = ref.get().vendor();
                vendorJobId = ref.get().jobId();
            }
        }
        DescriptionSanitizer.Sanitized description = DescriptionSanitizer.sanitize(p.descriptionHtml(), p.sourceUrl());
        String text = p.descriptionText() != null ? p.descriptionText() : description.text();
        return new JobPosting(p.title().trim(), p.company(), p.locations(), p.remoteType(), p.employmentType(), p.salary(), description.html(),
                text, p.sourceUrl(), canonical, vendor, vendorJobId, p.datePosted(), p.validThrough(), p.structuredData(), p.provenance());
    }

    /** Only meaningful with both company and title; otherwise unrelated untitled jobs would collapse into one. */
    static String dedupKey(JobPosting p) {
        if (p.company() == null || p.company().isBlank() || p.title() == null || p.title().isBlank()) {
            return null;
        }
        return JobDedupKey.of(p.company(), p.title(), p.primaryLocation());
    }
}
