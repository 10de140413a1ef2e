/** The content script: job detection on the rendered page, the in-page Save button, and the autofill seam. */
package dev.applypilot.extension.content;
