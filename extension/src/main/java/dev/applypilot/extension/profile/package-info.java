/** What autofill sends to the page, read from the server's documents: the profile and the chosen resume version. */
package dev.applypilot.extension.profile;
