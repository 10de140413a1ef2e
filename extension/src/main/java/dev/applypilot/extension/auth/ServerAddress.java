package dev.applypilot.extension.auth;

import java.util.Locale;

/** The server's base URL as typed in the popup, and the addresses derived from it. */
public final class ServerAddress {
    public static final String DEFAULT = "http://localhost:8080";

    private ServerAddress() {
    }

    /**
     * {@code scheme://host[:port]} with no path or trailing slash; a bare host gets {@code https://} (or
     * {@code http://} for localhost and 127.0.0.1). Null when the text is not an http(s) address.
     */
    public static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String url = typed.trim();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            if (lower.contains("://")) {
                return null;
            }
            boolean local = lower.startsWith("localhost") || lower.startsWith("127.0.0.1");
            url = (local ? "http://" : "https://") + url;
            lower = url.toLowerCase(Locale.ROOT);
        }
        int hostStart = lower.indexOf("://") + 3;
        int end = url.length();
        for (int i = hostStart; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String host = lower.substring(hostStart, end);
        if (host.isEmpty() || host.contains(" ") || host.contains("@")) {
            return null;
        }
        return lower.substring(0, hostStart) + host;
    }

    /** The sync socket: ws(s) on the same host, path /ws. */
    public static String webSocket(String base) {
        return (base.startsWith("https://") ? "wss://" + base.substring(8) : "ws://" + base.substring(7)) + "/ws";
    }

    /** Match pattern for a host permission covering the server. */
    public static String originPattern(String base) {
        String withoutPort = base;
        int colon = base.indexOf(':', base.indexOf("://") + 3);
        if (colon > 0) {
            withoutPort = base.substring(0, colon);
        }
        return withoutPort + "/*";
    }
}
