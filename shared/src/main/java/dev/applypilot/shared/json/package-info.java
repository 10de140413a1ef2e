/**
 * A small, strict JSON tree ({@link dev.applypilot.shared.json.JsonValue}), parser and writer.
 *
 * <p>Why hand-written: this package is compiled to JavaScript by TeaVM for the browser extension, and
 * Jackson, Gson and friends rely on reflection, ServiceLoader or JVM-only classes that TeaVM cannot
 * translate. The parser follows RFC 8259 strictly (no comments, no trailing commas, no NaN), uses no
 * regular expressions, and enforces {@link dev.applypilot.shared.json.JsonLimits} so that hostile
 * page content (deeply nested or huge embedded JSON) cannot exhaust the stack or memory.
 */
package dev.applypilot.shared.json;
