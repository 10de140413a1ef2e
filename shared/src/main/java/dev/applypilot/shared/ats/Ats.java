package dev.applypilot.shared.ats;

/** Applicant tracking systems we recognise; {@link #GENERIC} for everything else. */
public enum Ats {
    GREENHOUSE, LEVER, WORKDAY, ASHBY, SMARTRECRUITERS, ICIMS, WORKABLE, BAMBOOHR, JOBVITE, TALEO, TEAMTAILOR, BREEZY,
    GENERIC
}
