/** The content script: job detection on the rendered page, the in-page Save button, and the page info the popup shows (autofill itself is {@code autofill}). */
package dev.applypilot.extension.content;
