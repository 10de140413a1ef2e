/**
 * Field classification for autofill: {@link dev.applypilot.shared.classify.FieldClassifier} runs ordered
 * per-family passes over signals of decreasing strength (autocomplete, ATS rule, label pattern, name token,
 * placeholder) and explains every decision; {@link dev.applypilot.shared.classify.FillPlanner} turns
 * classifications plus a profile into fill decisions. Pattern tables are data, scanned without
 * {@code java.util.regex} so the code stays small under TeaVM.
 */
package dev.applypilot.shared.classify;
