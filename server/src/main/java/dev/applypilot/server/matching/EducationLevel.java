package dev.applypilot.server.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/** Highest education level, ordered so levels can be compared. */
public enum EducationLevel {
    NONE, HIGH_SCHOOL, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

    private static final Pattern DOCTORATE_CUE = Pattern.compile("\\b(ph\\.?\\s?d|doctorate|doctoral)\\b");
    private static final Pattern MASTER_CUE = Pattern.compile(
            "\\b(master'?s?|m\\.s\\.|msc|m\\.sc|mba|m\\.tech|m\\.eng|meng)\\b");
    private static final Pattern BACHELOR_CUE = Pattern.compile(
            "\\b(bachelor'?s?|b\\.s\\.|bsc|b\\.sc|b\\.a\\.|b\\.tech|btech|b\\.e\\.|beng|b\\.eng|undergraduate degree"
                    + "|(university|college|4-year|four-year) degree|degree in)\\b");
    private static final Pattern ASSOCIATE_CUE = Pattern.compile("\\bassociate'?s? degree\\b");
    private static final Pattern HIGH_SCHOOL_CUE = Pattern.compile("\\b(high school|ged|secondary school)\\b");

    /** Lowest level named in a sentence (a job's minimum: "Bachelor's or Master's" means Bachelor), or null. */
    static EducationLevel lowestIn(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (!mentionsEducation(s)) {
            return null;
        }
        if (HIGH_SCHOOL_CUE.matcher(s).find()) {
            return HIGH_SCHOOL;
        }
        if (ASSOCIATE_CUE.matcher(s).find()) {
            return ASSOCIATE;
        }
        if (BACHELOR_CUE.matcher(s).find()) {
            return BACHELOR;
        }
        if (MASTER_CUE.matcher(s).find()) {
            return MASTER;
        }
        return DOCTORATE_CUE.matcher(s).find() ? DOCTORATE : null;
    }

    private static boolean mentionsEducation(String s) {
        for (String cue : new String[] {"degree", "bachelor", "master", "phd", "ph.d", "doctor", "school",
            "ged", "b.s", "b.a", "b.e", "b.sc", "b.tech", "m.s", "m.sc", "m.tech", "m.eng", "bsc", "msc", "mba", "btech",
            "beng", "meng"}) {
            if (s.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Highest level named anywhere in a resume, or null. */
    static EducationLevel highestIn(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (DOCTORATE_CUE.matcher(s).find()) {
            return DOCTORATE;
        }
        if (MASTER_CUE.matcher(s).find()) {
            return MASTER;
        }
        if (BACHELOR_CUE.matcher(s).find()) {
            return BACHELOR;
        }
        if (ASSOCIATE_CUE.matcher(s).find()) {
            return ASSOCIATE;
        }
        return HIGH_SCHOOL_CUE.matcher(s).find() ? HIGH_SCHOOL : null;
    }
}
