/** The toolbar popup: sign-in, current page status, Save job / Autofill, sync state. */
package dev.applypilot.extension.popup;
