package dev.applypilot.server.profile;

import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 7386 JSON merge patch: objects merge member by member, {@code null} removes a member, anything else (arrays
 * included) replaces it. Members absent from the patch stay as they are.
 */
public final class JsonMergePatch {
    private JsonMergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (target != null && target.isObject()) {
            for (Map.Entry<String, JsonNode> member : target.entries()) {
                result.put(member.getKey(), member.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> member : patch.entries()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.put(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return JsonNode.createObjectNode(result);
    }
}
