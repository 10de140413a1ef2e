/** Steps of the extension build that run on the JVM, never in a browser. */
package dev.applypilot.extension.build;
