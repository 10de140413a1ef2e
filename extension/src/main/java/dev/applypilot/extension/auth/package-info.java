/** Sign-in logic without browser APIs: token lifetimes and the server address typed by the user. */
package dev.applypilot.extension.auth;
