package dev.applypilot.server.profile.jsonresume;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The parts of a JSON Resume (https://jsonresume.org/schema) a profile holds; other members are ignored on import. */
@Serdeable
public record JsonResume(@Nullable Basics basics, @Nullable List<Work> work, @Nullable List<School> education,
                         @Nullable List<SkillEntry> skills, @Nullable List<Language> languages,
                         @Nullable List<Certificate> certificates) {

    @Serdeable
    public record Basics(@Nullable String name, @Nullable String label, @Nullable String email, @Nullable String phone,
                         @Nullable String url, @Nullable String summary, @Nullable Location location,
                         @Nullable List<SocialProfile> profiles) {
    }

    @Serdeable
    public record Location(@Nullable String address, @Nullable String postalCode, @Nullable String city,
                           @Nullable String countryCode, @Nullable String region) {
    }

    @Serdeable
    public record SocialProfile(@Nullable String network, @Nullable String username, @Nullable String url) {
    }

    @Serdeable
    public record Work(@Nullable String name, @Nullable String position, @Nullable String location, @Nullable String url,
                       @Nullable String startDate, @Nullable String endDate, @Nullable String summary,
                       @Nullable List<String> highlights) {
    }

    @Serdeable
    public record School(@Nullable String institution, @Nullable String url, @Nullable String area, @Nullable String studyType,
                         @Nullable String startDate, @Nullable String endDate, @Nullable String score,
                         @Nullable List<String> courses) {
    }

    @Serdeable
    public record SkillEntry(@Nullable String name, @Nullable String level, @Nullable List<String> keywords) {
    }

    @Serdeable
    public record Language(@Nullable String language, @Nullable String fluency) {
    }

    @Serdeable
    public record Certificate(@Nullable String name, @Nullable String date, @Nullable String issuer, @Nullable String url) {
    }
}
