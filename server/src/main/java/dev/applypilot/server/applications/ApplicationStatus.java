package dev.applypilot.server.applications;

import java.util.Set;

/** Where an application stands. Order is the usual progression; any change is allowed (people fix mistakes). */
public enum ApplicationStatus {
    INTERESTED, APPLIED, INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED, OFFER_RECEIVED, REJECTED, ACCEPTED, WITHDRAWN;

    /** Statuses that mean the employer answered (counts towards the response rate). */
    static final Set<ApplicationStatus> RESPONSES = Set.of(INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED, OFFER_RECEIVED, REJECTED, ACCEPTED);

    /** Statuses that mean the application was sent. */
    static final Set<ApplicationStatus> SENT = Set.of(APPLIED, INTERVIEW_SCHEDULED, INTERVIEW_COMPLETED, OFFER_RECEIVED, REJECTED, ACCEPTED);

    public static ApplicationStatus parse(String field, String value) {
        for (ApplicationStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw dev.applypilot.server.platform.ApiException.invalid(field, "Unknown status \"" + value + "\".",
                "Use one of " + java.util.Arrays.toString(values()) + ".");
    }
}
