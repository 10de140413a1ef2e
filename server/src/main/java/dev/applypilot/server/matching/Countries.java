package dev.applypilot.server.matching;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Normalises the country names used in work-authorization sentences to ISO-like codes ("U.S." gives "US"). */
final class Countries {
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final Set<String> EU = Set.of("DE", "FR", "NL", "IE", "ES", "IT", "PL", "PT", "BE", "AT", "SE",
            "DK", "FI");

    static {
        for (String n : new String[] {"united states of america", "united states", "u.s.a", "u.s", "usa", "us",
                "america"}) {
            NAMES.put(n, "US");
        }
        for (String n : new String[] {"united kingdom", "great britain", "britain", "england", "u.k", "uk"}) {
            NAMES.put(n, "GB");
        }
        for (String n : new String[] {"european union", "eu", "europe"}) {
            NAMES.put(n, "EU");
        }
        String[][] others = {{"canada", "CA"}, {"germany", "DE"}, {"france", "FR"}, {"netherlands", "NL"},
            {"ireland", "IE"}, {"spain", "ES"}, {"italy", "IT"}, {"poland", "PL"}, {"portugal", "PT"},
            {"sweden", "SE"}, {"india", "IN"}, {"australia", "AU"}, {"new zealand", "NZ"}, {"singapore", "SG"},
            {"israel", "IL"}, {"japan", "JP"}, {"switzerland", "CH"}, {"mexico", "MX"}, {"brazil", "BR"}};
        for (String[] o : others) {
            NAMES.put(o[0], o[1]);
        }
    }

    private Countries() {
    }

    /** Code for a name or code at the start of {@code text} ("the United States, ..." gives US), or null. */
    static String codeAtStart(String text) {
        String s = text.toLowerCase(Locale.ROOT).strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            if (s.startsWith(e.getKey()) && (s.length() == e.getKey().length()
                    || !Character.isLetter(s.charAt(e.getKey().length())))) {
                return e.getValue();
            }
        }
        return s.length() == 2 && Character.isLetter(s.charAt(0)) ? s.toUpperCase(Locale.ROOT) : null;
    }

    /** True when a candidate authorized for {@code held} may work where {@code required} is asked. */
    static boolean covers(String held, String required) {
        return held.equals(required) || ("EU".equals(held) && EU.contains(required))
                || ("EU".equals(required) && EU.contains(held));
    }
}
