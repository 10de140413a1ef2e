/**
 * The autofill engine ({@code autofill.js}, its own TeaVM compile, injected into every frame of a tab on demand):
 * the DOM glue around the shared classifier and planner, late-page watching, highlights and undo (docs/autofill.md).
 */
package dev.applypilot.extension.autofill;
