/** The content script: job detection on the rendered page, the in-page Save button, and the page info the popup shows (autofill itself is {@code autofill}, a separate script injected on demand). */
package dev.applypilot.extension.content;
