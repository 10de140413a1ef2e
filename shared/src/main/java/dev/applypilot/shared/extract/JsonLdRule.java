package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParseException;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.org JobPosting in {@code <script type="application/ld+json">}: top-level objects, arrays,
 * {@code @graph} containers, and postings nested as a member of other objects (e.g. WebPage.mainEntity).
 * Malformed scripts are skipped: one broken blob must not hide a good one.
 */
final class JsonLdRule {

    static final String SOURCE = "json-ld";
    private static final int MAX_NODES = 50_000;

    private JsonLdRule() {
    }

    /** Applies the first JobPosting found; returns true when there was one. */
    static boolean apply(PageView page, JobPostingDraft draft) {
        for (String script : page.jsonLdScripts()) {
            JsonValue root;
            try {
                root = JsonParser.parse(stripCdata(script.trim()));
            } catch (JsonParseException e) {
                continue;
            }
            List<JsonValue> postings = new ArrayList<>();
            collect(root, postings, new int[] {0});
            if (!postings.isEmpty()) {
                SchemaOrgJobPosting.apply(postings.get(0), draft, SOURCE);
                draft.offer(JobField.STRUCTURED_DATA, script.trim(), SOURCE);
                return true;
            }
        }
        return false;
    }

    /** Depth-first search for JobPosting objects, bounded in nodes visited. */
    static void collect(JsonValue value, List<JsonValue> out, int[] visited) {
        if (++visited[0] > MAX_NODES) {
            return;
        }
        if (value instanceof JsonObject) {
            if (SchemaOrgJobPosting.isJobPosting(value)) {
                out.add(value);
                return;
            }
            for (JsonValue member : value.members().values()) {
                collect(member, out, visited);
            }
        } else if (value instanceof JsonArray) {
            for (JsonValue element : value.elements()) {
                collect(element, out, visited);
            }
        }
    }

    private static String stripCdata(String s) {
        String t = s;
        if (t.startsWith("//<![CDATA[")) {
            t = t.substring("//<![CDATA[".length());
        } else if (t.startsWith("<![CDATA[")) {
            t = t.substring("<![CDATA[".length());
        }
        int end = t.lastIndexOf("]]>");
        if (end >= 0 && t.length() != s.length()) {
            t = t.substring(0, end);
            if (t.endsWith("//")) {
                t = t.substring(0, t.length() - 2);
            }
        }
        return t.trim();
    }
}
