package dev.applypilot.extension.autofill;

/** The resume sent with the autofill message; the bytes stay base64 until a file input receives them. */
record ResumeFile(String name, String mime, String base64) {
}
