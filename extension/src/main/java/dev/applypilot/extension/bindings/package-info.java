/**
 * The only place with JSO/{@code @JSBody} code: {@code chrome.*}, DOM, fetch, WebSocket, timers. Everything else in
 * the extension is plain Java (unit-testable on the JVM).
 *
 * <p>Rule for {@code @JSBody} scripts: name every local variable and callback parameter with a word of three or
 * more letters. TeaVM's minifier renames the declared {@code params} to one- or two-letter names, and a local
 * {@code e} or {@code r} would shadow them ("e is not a function").
 */
package dev.applypilot.extension.bindings;
