package dev.applypilot.shared.job;

/** Applicant tracking systems and job boards whose URLs and markup the extractor knows. */
public enum AtsVendor {
    GREENHOUSE, LEVER, WORKDAY, ASHBY, SMARTRECRUITERS, WORKABLE, LINKEDIN, INDEED
}
