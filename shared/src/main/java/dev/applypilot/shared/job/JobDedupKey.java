package dev.applypilot.shared.job;

/**
 * De-duplication key: normalised (company, title, city). The same job seen on LinkedIn and on the
 * company's Greenhouse board should map to one key, so legal suffixes ("Inc.", "GmbH") and everything
 * after the first comma of the location (region, country) are dropped.
 */
public final class JobDedupKey {

    private static final String[] LEGAL_SUFFIXES = {
        "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "corp", "corporation", "co", "plc", "sa",
        "bv", "pty", "srl", "sas", "oy", "ab", "as", "se"
    };

    private JobDedupKey() {
    }

    public static String of(String company, String title, String location) {
        return companyKey(company) + "|" + NormalizedText.key(title) + "|" + cityKey(location);
    }

    static String companyKey(String company) {
        String key = NormalizedText.key(company);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : LEGAL_SUFFIXES) {
                if (key.endsWith(" " + suffix)) {
                    key = key.substring(0, key.length() - suffix.length() - 1);
                    stripped = true;
                }
            }
        }
        return key;
    }

    static String cityKey(String location) {
        if (location == null) {
            return "";
        }
        int comma = location.indexOf(',');
        return NormalizedText.key(comma < 0 ? location : location.substring(0, comma));
    }
}
