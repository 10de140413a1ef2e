package dev.applypilot.extension.profile;

import dev.applypilot.shared.json.JsonBool;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the server's profile document ({@code GET /api/v1/profile}: the shared {@code Profile} members plus
 * {@code eeo: {optIn}} and {@code updatedAt}) into the {@code ProfileJson} the content script fills from. EEO
 * self-identification leaves the browser only while the user has opted in, as on the server
 * ({@code ProfileDocument.toProfile}).
 */
public final class AutofillProfile {
    private AutofillProfile() {
    }

    /** The profile JSON for the {@code autofill} message, or null when the document is not a JSON object. */
    public static String fromDocument(String documentJson) {
        JsonValue document;
        try {
            document = documentJson == null ? null : JsonParser.parse(documentJson);
        } catch (JsonParseException e) {
            return null;
        }
        if (!(document instanceof JsonObject object)) {
            return null;
        }
        boolean consent = document.get("eeo").get("optIn") instanceof JsonBool optIn && optIn.value();
        Map<String, JsonValue> profile = new LinkedHashMap<>(object.members());
        profile.remove("eeo");
        profile.remove("updatedAt");
        if (!consent && profile.get("screening") instanceof JsonObject screening) {
            Map<String, JsonValue> facts = new LinkedHashMap<>(screening.members());
            facts.remove("eeo");
            profile.put("screening", new JsonObject(facts));
        }
        return new JsonObject(profile).toJson();
    }
}
