/**
 * Turns reading-order lines into sections, contact details, jobs, schools and skills. Rules only copy substrings of
 * the lines (never compose new text), so every value can be found in the resume; what no rule understands is kept
 * as unassigned text.
 */
package dev.applypilot.server.resume.parse.structure;
