package dev.applypilot.server.platform;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Turns the usual {@code postgres://user:pass@host:port/db} form into Micronaut datasource settings, and hides passwords in logs. */
final class ExternalUrls {
    private ExternalUrls() {
    }

    record Jdbc(String url, String username, String password) {
        Map<String, Object> properties() {
            Map<String, Object> properties = new HashMap<>();
            properties.put("datasources.default.url", url);
            if (username != null) {
                properties.put("datasources.default.username", username);
            }
            if (password != null) {
                properties.put("datasources.default.password", password);
            }
            return properties;
        }
    }

    static Jdbc jdbc(String databaseUrl) {
        if (databaseUrl.startsWith("jdbc:")) {
            return new Jdbc(databaseUrl, null, null);
        }
        URI uri = URI.create(databaseUrl);
        if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("DATABASE_URL must be jdbc:postgresql://... or postgres://user:password@host:port/database, got scheme " + uri.getScheme());
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
        return new Jdbc("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath() + query, user, password);
    }

    static String redact(String url) {
        return url.replaceAll("(://[^:/@]+):[^@]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
