/**
 * The application tracker: one application per saved job with a status timeline, notes, contacts, interviews
 * (with .ics export), follow-up reminders, immutable application receipts, filtered listing, stats and CSV export.
 */
package dev.applypilot.server.applications;
