/** The job save body (with the user's corrections) and the local cache of saved jobs by URL. */
package dev.applypilot.extension.jobs;
