package dev.applypilot.shared.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An absolute http(s) URL split into parts by a small scanner (java.net.URI is not reliably available
 * under TeaVM, and regexes are too heavy for the extension).
 *
 * @param scheme lower-cased scheme
 * @param host   lower-cased host without port
 * @param port   ":8080"-style port suffix, or ""
 * @param path   path starting with "/" (never empty)
 * @param query  query without "?", or "" when absent
 */
public record UrlParts(String scheme, String host, String port, String path, String query) {

    /** Splits {@code url}; returns null when it is not an absolute http(s) URL. */
    public static UrlParts parse(String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        int schemeEnd = u.indexOf("://");
        if (schemeEnd <= 0) {
            return null;
        }
        String scheme = u.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < u.length() && u.charAt(authorityEnd) != '/' && u.charAt(authorityEnd) != '?') {
            authorityEnd++;
        }
        String authority = u.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int colon = authority.indexOf(':');
        String host = (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
        String port = colon < 0 ? "" : authority.substring(colon);
        if (host.isEmpty()) {
            return null;
        }
        String rest = u.substring(authorityEnd);
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? "" : rest.substring(question + 1);
        return new UrlParts(scheme, host, port, path.isEmpty() ? "/" : path, query);
    }

    /** Non-empty path segments, in order. */
    public List<String> pathSegments() {
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                segments.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return segments;
    }

    /** Query parameters as raw "name=value" strings, in order. */
    public List<String> queryParams() {
        List<String> params = new ArrayList<>();
        int start = 0;
        while (start < query.length()) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? query.length() : amp;
            if (end > start) {
                params.add(query.substring(start, end));
            }
            start = end + 1;
        }
        return params;
    }

    /** Value of the first query parameter called {@code name} (not percent-decoded), or null. */
    public String queryParam(String name) {
        for (String param : queryParams()) {
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : param.substring(eq + 1);
            }
        }
        return null;
    }

    /** True when the host is {@code domain} or a subdomain of it. */
    public boolean hostIs(String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    public String toUrl() {
        return scheme + "://" + host + port + path + (query.isEmpty() ? "" : "?" + query);
    }
}
