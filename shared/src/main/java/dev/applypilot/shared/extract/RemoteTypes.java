package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.RemoteType;
import java.util.Locale;

/** Reads remote/hybrid/on-site from free text such as "Hybrid", "Remote - US", "On-site". */
final class RemoteTypes {

    private RemoteTypes() {
    }

    /** The work arrangement the text states, or UNKNOWN. Hybrid wins over remote ("hybrid remote"). */
    static RemoteType parse(String text) {
        if (text == null) {
            return RemoteType.UNKNOWN;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("hybrid")) {
            return RemoteType.HYBRID;
        }
        if (t.contains("remote") || t.contains("telecommute") || t.contains("work from home") || t.contains("wfh")) {
            return RemoteType.REMOTE;
        }
        if (t.contains("on-site") || t.contains("onsite") || t.contains("on site") || t.contains("in office")
                || t.contains("in-office")) {
            return RemoteType.ONSITE;
        }
        return RemoteType.UNKNOWN;
    }
}
