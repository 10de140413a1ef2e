/** Message types exchanged between the content script, popup and background. */
package dev.applypilot.extension.messages;
