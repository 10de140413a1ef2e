package dev.applypilot.shared.ats;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.format.Chars;
import java.util.List;
import java.util.Map;

/**
 * What we know about one vendor.
 *
 * @param ats         the vendor
 * @param hosts       host names (matched as the host or a parent domain of it)
 * @param domMarkers  DOM marker tokens (see {@link dev.applypilot.shared.form.FormDescriptor#domMarkers()})
 * @param knownFields vendor field keys to types; a key is compared with the field's {@code name}, {@code id} and
 *                    {@code data-automation-id}; {@code key*} matches as a prefix, {@code *key} as a suffix;
 *                    {@link FieldType#UNKNOWN} marks a known field we must not fill
 */
public record AtsAdapter(Ats ats, List<String> hosts, List<String> domMarkers, Map<String, FieldType> knownFields) {

    /** Whether the URL's host is one of this vendor's hosts. */
    public boolean matchesUrl(String url) {
        String host = hostOf(url);
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return true;
            }
        }
        return false;
    }

    /** The vendor's type for this field, or {@code null} when the field is not a known one. */
    public FieldType knownType(FieldDescriptor field) {
        for (String key : new String[] {field.attribute("data-automation-id"), field.name(), field.id()}) {
            if (key.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, FieldType> e : knownFields.entrySet()) {
                if (keyMatches(e.getKey(), key)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static boolean keyMatches(String pattern, String key) {
        if (pattern.startsWith("*")) {
            return key.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("*")) {
            return key.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(key);
    }

    /** Lower-case host of a URL without scheme, port, path or credentials. */
    static String hostOf(String url) {
        String s = url == null ? "" : Chars.lower(url.trim());
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int end = s.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        s = s.substring(0, end);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        int colon = s.indexOf(':');
        return colon >= 0 ? s.substring(0, colon) : s;
    }
}
