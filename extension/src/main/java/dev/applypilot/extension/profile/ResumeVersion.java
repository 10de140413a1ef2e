package dev.applypilot.extension.profile;

import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonBool;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One resume version from {@code GET /api/v1/resumes} (newest first), as the popup offers them for an application.
 *
 * @param contentType sniffed by the server; becomes the attached file's type
 */
public record ResumeVersion(String id, String fileName, String contentType, boolean primary) {

    /** The versions in the server's order; an unreadable list is empty. */
    public static List<ResumeVersion> parseList(String json) {
        List<ResumeVersion> versions = new ArrayList<>();
        JsonValue list;
        try {
            list = json == null ? null : JsonParser.parse(json);
        } catch (JsonParseException e) {
            return versions;
        }
        if (!(list instanceof JsonArray)) {
            return versions;
        }
        for (JsonValue item : list.elements()) {
            String id = item.get("id").text().orElse(null);
            if (id != null) {
                versions.add(new ResumeVersion(id, item.get("fileName").text().orElse("resume.pdf"),
                        item.get("contentType").text().orElse("application/pdf"),
                        item.get("primary") instanceof JsonBool primary && primary.value()));
            }
        }
        return versions;
    }

    /** The version the user picked, else the primary one, else the newest; null when there is none. */
    public static ResumeVersion choose(List<ResumeVersion> versions, String wantedId) {
        ResumeVersion primary = null;
        for (ResumeVersion version : versions) {
            if (version.id().equals(wantedId)) {
                return version;
            }
            if (version.primary() && primary == null) {
                primary = version;
            }
        }
        return primary != null ? primary : versions.isEmpty() ? null : versions.get(0);
    }
}
