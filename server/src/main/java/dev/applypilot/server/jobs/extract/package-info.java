/** JVM adapter that lets the shared job extraction rules read HTML parsed by jsoup. */
package dev.applypilot.server.jobs.extract;
