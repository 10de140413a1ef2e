/** The built browser extension in Chromium against the real server: sign-in, save, sync and autofill end to end. */
package dev.applypilot.server.extension;
