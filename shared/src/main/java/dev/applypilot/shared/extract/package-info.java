/**
 * Network-free job posting extraction shared by the server (jsoup over fetched HTML) and the browser
 * extension (TeaVM over the live DOM). Both sides implement {@link dev.applypilot.shared.extract.PageView};
 * {@link dev.applypilot.shared.extract.JobExtractor} runs the same rules on either, in priority order:
 * schema.org JSON-LD, embedded app JSON, per-site selector tables, OpenGraph/meta, main-content fallback,
 * URL. Earlier rules win per field; later ones only fill gaps. No regular expressions (they would pull a
 * regex engine into the extension's JavaScript).
 */
package dev.applypilot.shared.extract;
