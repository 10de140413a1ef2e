/**
 * Turns PDF, DOCX and plain-text bytes into visual lines in reading order, with the typographic hints (font size,
 * bold, heading style) that the structuring step uses to find section headings.
 */
package dev.applypilot.server.resume.parse.extract;
