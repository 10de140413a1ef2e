package dev.applypilot.server.resume;

import dev.applypilot.server.platform.ApiException;
import dev.applypilot.server.profile.ProfileDocument;
import dev.applypilot.server.profile.ProfileService;
import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.ResumeFileType;
import dev.applypilot.server.work.WorkQueue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resume versions of one user: upload, read, metadata, primary, diff and the confirmed merge into the profile. */
@Singleton
public class ResumeService {
    private final ResumeStore store;
    private final ResumeSettings settings;
    private final ProfileService profiles;
    private final JsonMapper json;
    private final ResumeEvents events;
    private final WorkQueue work;
    private final UploadCheck check = new UploadCheck();

    ResumeService(ResumeStore store, ResumeSettings settings, ProfileService profiles, JsonMapper json, ResumeEvents events, WorkQueue work) {
        this.events = events;
        this.work = work;
        this.store = store;
        this.settings = settings;
        this.profiles = profiles;
        this.json = json;
    }

    /** Checks and stores a new version (PENDING), pruning the oldest beyond the kept number, and queues its parse. */
    @Transactional
    public ResumeView upload(UUID userId, String uploadedName, byte[] bytes) {
        ResumeFileType type = check.check(bytes);
        UUID id = UUID.randomUUID();
        store.insert(id, userId, ResumeFiles.fileName(uploadedName, type), ResumeFiles.contentType(type), type, sha256(bytes), bytes);
        store.prune(userId, settings.keepVersions());
        events.status(userId, id, "PENDING", null);
        work.enqueue(ResumeParseWorker.KIND, id.toString());
        return view(store.find(userId, id, false).orElseThrow(), false);
    }

    /** Keeps a resume written by ApplyPilot (a tailored PDF) as a new version, tagged "tailored"; returns its id. */
    @Transactional
    public UUID addTailored(UUID userId, String fileName, byte[] pdf, String notes) {
        UUID id = upload(userId, fileName, pdf).id();
        update(userId, id, new ResumePatch(List.of("tailored"), notes, null));
        return id;
    }

    public List<ResumeView> list(UUID userId) {
        return store.list(userId).stream().map(row -> view(row, false)).toList();
    }

    public ResumeView get(UUID userId, UUID id) {
        return view(row(userId, id, true), true);
    }

    public StoredFile file(UUID userId, UUID id) {
        return store.file(userId, id).orElseThrow(ResumeService::notFound);
    }

    @Transactional
    public ResumeView update(UUID userId, UUID id, ResumePatch patch) {
        ResumeStore.Row row = row(userId, id, false);
        if (Boolean.FALSE.equals(patch.primary()) && row.primary()) {
            throw ApiException.invalid("primary", "A primary resume cannot be unmarked directly.", "Mark another version as primary instead.");
        }
        if (Boolean.TRUE.equals(patch.primary())) {
            store.makePrimary(userId, id);
        }
        store.updateMetadata(userId, id, patch.tags(), patch.notes());
        return view(row(userId, id, false), false);
    }

    public void delete(UUID userId, UUID id) {
        if (!store.delete(userId, id)) {
            throw notFound();
        }
    }

    public ResumeDiff diff(UUID userId, UUID from, UUID to) {
        ResumeStore.Row a = parsedRow(userId, from);
        ResumeStore.Row b = parsedRow(userId, to);
        return ResumeDiff.between(from, a.text(), to, b.text());
    }

    public MergePreview mergePreview(UUID userId, UUID id) {
        ParsedFacts facts = ParsedFacts.of(parsed(parsedRow(userId, id)));
        return ResumeMerge.preview(id, profiles.get(userId), facts);
    }

    /** Applies the user's field choices to the profile (compare-and-set on {@code expected} when given). */
    public ProfileDocument merge(UUID userId, UUID id, Map<String, String> choices, @Nullable Instant expected) {
        ParsedFacts facts = ParsedFacts.of(parsed(parsedRow(userId, id)));
        Map<MergeField, MergeChoice> checked = ResumeMerge.choices(choices, facts);
        return profiles.update(userId, expected, current -> ResumeMerge.apply(current, facts, checked));
    }

    private ResumeStore.Row parsedRow(UUID userId, UUID id) {
        ResumeStore.Row row = row(userId, id, true);
        if (row.status() != ResumeStatus.PARSED) {
            throw new ApiException(HttpStatus.CONFLICT, "not_parsed", "Resume " + id + " is " + row.status() + ", not PARSED.",
                    row.status() == ResumeStatus.FAILED ? "Upload a readable copy of the resume." : "Wait until GET /api/v1/resumes/" + id + " says PARSED.");
        }
        return row;
    }

    private ResumeStore.Row row(UUID userId, UUID id, boolean withParse) {
        return store.find(userId, id, withParse).orElseThrow(ResumeService::notFound);
    }

    private ParsedResume parsed(ResumeStore.Row row) {
        try {
            return json.readValue(row.parsedJson(), ParsedResume.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResumeView view(ResumeStore.Row row, boolean withParse) {
        ParseError error = row.errorCode() == null ? null : new ParseError(row.errorCode(), row.errorMessage(), row.guidance());
        Long latency = row.parsedAt() == null ? null : Duration.between(row.createdAt(), row.parsedAt()).toMillis();
        ParsedResume parsed = withParse && row.parsedJson() != null ? parsed(row) : null;
        return new ResumeView(row.id(), row.fileName(), row.contentType(), row.fileType(), row.sizeBytes(), row.sha256(), row.createdAt(),
                row.primary(), row.tags(), row.notes(), row.status(), error, row.parsedAt(), latency, parsed);
    }

    private static ApiException notFound() {
        return ApiException.notFound("The resume");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
