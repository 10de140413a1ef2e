package dev.applypilot.server.matching;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The role concepts in a title ("Front-End Developer" gives FRONTEND, ENGINEER), used for title fit. */
final class RoleWords {
    private static final Map<String, String> CONCEPTS = Map.ofEntries(
            Map.entry("front end", "FRONTEND"), Map.entry("frontend", "FRONTEND"), Map.entry("ui ", "FRONTEND"),
            Map.entry("back end", "BACKEND"), Map.entry("backend", "BACKEND"), Map.entry("server", "BACKEND"),
            Map.entry("full stack", "FULLSTACK"), Map.entry("fullstack", "FULLSTACK"),
            Map.entry("software", "SOFTWARE"), Map.entry("engineer", "ENGINEER"), Map.entry("developer", "ENGINEER"),
            Map.entry("programmer", "ENGINEER"), Map.entry("sde", "ENGINEER"), Map.entry("swe", "ENGINEER"),
            Map.entry("data", "DATA"), Map.entry("machine learning", "ML"), Map.entry("ml ", "ML"),
            Map.entry("ai ", "ML"), Map.entry("scientist", "SCIENTIST"), Map.entry("analyst", "ANALYST"),
            Map.entry("product", "PRODUCT"), Map.entry("project", "PROJECT"), 
            Map.entry("manager", "MANAGER"), Map.entry("designer", "DESIGNER"), Map.entry("design", "DESIGNER"),
            Map.entry("devops", "DEVOPS"), Map.entry("sre", "DEVOPS"), Map.entry("reliability", "DEVOPS"),
            Map.entry("platform", "DEVOPS"), Map.entry("infrastructure", "DEVOPS"), Map.entry("cloud", "DEVOPS"),
            Map.entry("mobile", "MOBILE"), Map.entry("ios", "MOBILE"), Map.entry("android", "MOBILE"),
            Map.entry("qa", "QA"), Map.entry("test", "QA"), Map.entry("quality", "QA"),
            Map.entry("security", "SECURITY"), Map.entry("sales", "SALES"), Map.entry("account executive", "SALES"), Map.entry("account manager", "SALES"),
            Map.entry("marketing", "MARKETING"), Map.entry("growth", "MARKETING"),
            Map.entry("accountant", "FINANCE"), Map.entry("finance", "FINANCE"), Map.entry("financial", "FINANCE"),
            Map.entry("nurse", "HEALTH"), Map.entry("clinical", "HEALTH"), Map.entry("recruiter", "HR"),
            Map.entry("consultant", "CONSULTANT"), Map.entry("support", "SUPPORT"), Map.entry("java", "JAVA"),
            Map.entry(".net", "DOTNET"), Map.entry("python", "PYTHON"));

    private RoleWords() {
    }

    /** Concepts whose word starts a word of the title (PDF text glues words: "DeveloperGoogle" still counts). */
    static Set<String> concepts(String title) {
        Set<String> out = new TreeSet<>();
        if (title == null) {
            return out;
        }
        String t = " " + title.toLowerCase(Locale.ROOT).replace('-', ' ').replace('/', ' ').replace('(', ' ') + " ";
        for (Map.Entry<String, String> e : CONCEPTS.entrySet()) {
            int at = t.indexOf(e.getKey());
            while (at >= 0) {
                if (!Character.isLetter(t.charAt(at - 1))) {
                    out.add(e.getValue());
                    break;
                }
                at = t.indexOf(e.getKey(), at + 1);
            }
        }
        return out;
    }

    static boolean isRoleLine(String line) {
        return !concepts(line).isEmpty() && line.length() <= 90;
    }
}
