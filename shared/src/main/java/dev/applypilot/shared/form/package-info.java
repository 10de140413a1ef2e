/**
 * Platform-neutral model of a web form as seen by autofill: one {@link dev.applypilot.shared.form.FieldDescriptor}
 * per control (radio groups collapsed into one descriptor with options), gathered by the DOM seam in the
 * extension or by jsoup in tests, and the {@link dev.applypilot.shared.form.FieldType} vocabulary that
 * classification assigns.
 */
package dev.applypilot.shared.form;
