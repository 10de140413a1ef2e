package dev.applypilot.server.resume;

import dev.applypilot.server.resume.parse.DateRange;
import dev.applypilot.server.resume.parse.EducationEntry;
import dev.applypilot.server.resume.parse.ParsedResume;
import dev.applypilot.server.resume.parse.ResumeSection;
import dev.applypilot.server.resume.parse.WorkEntry;
import io.micronaut.serde.annotation.SerdeImport;

/** JSON binding for the parser's result records (kept annotation-free in {@code resume.parse}); stored as jsonb and returned by the API. */
@SerdeImport(ParsedResume.class)
@SerdeImport(dev.applypilot.server.resume.parse.Contact.class)
@SerdeImport(ResumeSection.class)
@SerdeImport(WorkEntry.class)
@SerdeImport(EducationEntry.class)
@SerdeImport(DateRange.class)
final class ParsedResumeSerde {
    private ParsedResumeSerde() {
    }
}
