/** The background context (Chrome service worker / Firefox event page): session, sync socket, outbox, routing, badge. */
package dev.applypilot.extension.background;
