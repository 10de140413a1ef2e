package dev.applypilot.shared.job;

import java.util.Locale;

/**
 * Canonical form of a posting URL, so that one posting reached via different links gets one URL:
 * fragment dropped, scheme and host lower-cased, default port dropped, tracking parameters removed
 * (utm_*, gh_src, lever-*, trk, ref, fbclid, ...). Parameters that identify the job (gh_jid, jk,
 * currentJobId, ashby_jid) are kept.
 */
public final class CanonicalUrls {

    private static final String[] TRACKING_PARAMS = {
        "gh_src", "source", "src", "ref", "referer", "referrer", "trk", "trkinfo", "trackingid", "refid",
        "fbclid", "gclid", "msclkid", "dclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "iis", "iisn",
        "sourcetype", "source_type", "codes", "ccuid", "from", "tk", "vjs", "lipi", "origin", "channel"
    };

    private static final String[] TRACKING_PREFIXES = {"utm_", "lever-", "lever_", "hs_", "pk_", "mtm_"};

    private CanonicalUrls() {
    }

    /** The canonical form of {@code url}, or the trimmed input when it is not an absolute http(s) URL. */
    public static String normalise(String url) {
        UrlParts parts = UrlParts.parse(url);
        if (parts == null) {
            return url == null ? null : url.trim();
        }
        StringBuilder query = new StringBuilder();
        for (String param : parts.queryParams()) {
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                query.append(query.length() == 0 ? "" : "&").append(param);
            }
        }
        String port = parts.port();
        if ((port.equals(":80") && parts.scheme().equals("http")) || (port.equals(":443") && parts.scheme().equals("https"))) {
            port = "";
        }
        return new UrlParts(parts.scheme(), parts.host(), port, parts.path(), query.toString()).toUrl();
    }

    private static boolean isTracking(String name) {
        for (String prefix : TRACKING_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        for (String tracking : TRACKING_PARAMS) {
            if (name.equals(tracking)) {
                return true;
            }
        }
        return false;
    }
}
