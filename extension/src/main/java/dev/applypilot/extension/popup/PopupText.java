package dev.applypilot.extension.popup;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every string the popup shows, in one place for translation. */
final class PopupText {
    static final String BACKGROUND_UNAVAILABLE = "ApplyPilot is starting; close and reopen this window.";
    static final String SIGN_IN_PROMPT = "Sign in to save jobs and fill applications.";
    static final String SIGN_IN_FAILED = "Email or password is wrong.";
    static final String SERVER_UNREACHABLE = "Cannot reach the server. Check the address and your connection.";
    static final String SERVER_INVALID = "Enter the server address, e.g. https://applypilot.example.com";
    static final String PERMISSION_DENIED = "ApplyPilot needs permission to talk to that server.";
    static final String SIGNING_IN = "Signing in…";
    static final String NO_PAGE = "Open a job posting or an application form.";
    static final String NOTHING_DETECTED = "No job posting detected on this page.";
    static final String JOB_DETECTED = "Job posting detected.";
    static final String SAVE = "Save job";
    static final String SAVING = "Saving…";
    static final String SAVED = "Saved to your jobs.";
    static final String SAVED_OFFLINE = "Saved offline; it will sync when you are back online.";
    static final String SAVE_FAILED = "Could not save this job.";
    static final String AUTOFILL = "Autofill";
    static final String FILLING = "Filling…";
    static final String UNDONE = "Autofill undone.";
    static final String NO_FORM = "No application form answered on this page.";
    static final String NO_PROFILE = "Your profile could not be loaded; fill it in on the dashboard.";
    static final String MARKED_APPLIED = "Marked as applied.";
    static final String SIGN_IN_FIRST = "Sign in first.";
    static final String ONLINE = "● Online";
    static final String DASHBOARD = "Open dashboard";
    static final String SIGN_OUT = "Sign out";

    /** Static labels, by element id. */
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("email-label", "Email");
        LABELS.put("password-label", "Password");
        LABELS.put("server-summary", "Server");
        LABELS.put("server-label", "Server address");
        LABELS.put("signin-button", "Sign in");
        LABELS.put("create-account", "Create an account");
        LABELS.put("job-title-label", "Job title");
        LABELS.put("job-company-label", "Company");
        LABELS.put("save", SAVE);
        LABELS.put("autofill", AUTOFILL);
        LABELS.put("undo", "Undo");
        LABELS.put("resume-label", "Resume");
        LABELS.put("mark-applied", "Mark as applied");
        LABELS.put("dashboard", DASHBOARD);
        LABELS.put("signout", SIGN_OUT);
    }

    private PopupText() {
    }

    static String offline(int queued) {
        return queued == 0 ? "○ Offline" : "○ Offline, " + queued + " queued";
    }

    static String syncing(int queued) {
        return "● Online, sending " + queued;
    }

    static String alreadySaved(boolean applied, String status) {
        return applied ? "You applied to this job (" + status.toLowerCase(java.util.Locale.ROOT) + ")." : "Already in your saved jobs.";
    }

    /** {@code ats} is an {@code Ats} constant name; GENERIC names no vendor. */
    static String formDetected(String ats, int count) {
        String vendor = atsName(ats);
        return "Application form detected: " + (vendor.isEmpty() ? "" : vendor + ", ") + count + (count == 1 ? " field." : " fields.");
    }

    static String atsName(String ats) {
        if (ats == null || ats.equals("GENERIC")) {
            return "";
        }
        return switch (ats) {
            case "SMARTRECRUITERS" -> "SmartRecruiters";
            case "ICIMS" -> "iCIMS";
            case "BAMBOOHR" -> "BambooHR";
            default -> ats.charAt(0) + ats.substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String filled(int filled, int left) {
        return "Filled " + filled + ", left " + left + " for you.";
    }

    static String appliedToday(int count) {
        return "Applications today: " + count;
    }

    static String match(String score, String missing) {
        return "Match " + score + "%" + (missing == null || missing.isEmpty() ? "" : " · missing: " + missing);
    }

    static String resumeOption(String fileName, boolean primary) {
        return primary ? fileName + " (primary)" : fileName;
    }

    static String signedInAs(String email) {
        return email == null ? "" : email;
    }
}
