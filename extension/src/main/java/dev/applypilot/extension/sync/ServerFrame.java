package dev.applypilot.extension.sync;

import dev.applypilot.shared.json.JsonNull;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;

/**
 * A frame from the server, read leniently: unknown members are ignored and an unreadable frame becomes type
 * {@code invalid} (the connection stays usable).
 *
 * @param type     welcome, event, ack, pong, heartbeat, error or invalid
 * @param eventId  {@code id} of an event, {@code lastEventId} of a welcome, else 0
 * @param kind     event kind (job.saved, application.status, ...) or null
 * @param clientId client id of an ack, or null
 * @param body     the event payload, the ack result, else {@link JsonNull#NULL}
 * @param message  the error code and message, or null
 */
public record ServerFrame(String type, long eventId, String kind, String clientId, JsonValue body, String message) {

    public static ServerFrame parse(String text) {
        JsonValue frame;
        try {
            frame = JsonParser.parse(text);
        } catch (JsonParseException | NullPointerException e) {
            return new ServerFrame("invalid", 0, null, null, JsonNull.NULL, "unreadable frame");
        }
        String type = frame.get("type").text().orElse("invalid");
        return switch (type) {
            case "welcome" -> new ServerFrame(type, number(frame.get("lastEventId")), null, null, JsonNull.NULL, null);
            case "event" -> new ServerFrame(type, number(frame.get("id")), frame.get("kind").text().orElse(null), null,
                    frame.get("payload"), null);
            case "ack" -> new ServerFrame(type, 0, null, frame.get("clientId").text().orElse(null), frame.get("result"), null);
            case "error" -> new ServerFrame(type, 0, null, frame.get("clientId").text().orElse(null), JsonNull.NULL,
                    frame.get("code").text().orElse("error") + ": " + frame.get("message").text().orElse(""));
            default -> new ServerFrame(type, 0, null, null, JsonNull.NULL, null);
        };
    }

    private static long number(JsonValue value) {
        return value.number().map(Double::longValue).orElse(0L);
    }
}
