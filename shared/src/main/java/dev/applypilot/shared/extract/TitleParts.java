package dev.applypilot.shared.extract;

/**
 * What a page title such as "Acme hiring Engineer in Berlin | LinkedIn" or "Engineer - Berlin, DE" says.
 * Any part may be null.
 */
record TitleParts(String title, String company, String location) {
}
