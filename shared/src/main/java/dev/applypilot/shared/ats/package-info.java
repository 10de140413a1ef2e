/**
 * Applicant-tracking-system knowledge: detection of the vendor from URL and DOM markers, one small
 * {@link dev.applypilot.shared.ats.AtsAdapter} per vendor (its hosts, markers and well-known field
 * names) registered in {@link dev.applypilot.shared.ats.AtsAdapters}, and the decision whether a form
 * is a job application at all ({@link dev.applypilot.shared.ats.ApplicationFormDetector}).
 */
package dev.applypilot.shared.ats;
