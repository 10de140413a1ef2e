/**
 * The user's profile as plain records and enums: the single source of facts used by autofill
 * ({@code dev.applypilot.shared.classify}), job matching and the server API. Kept free of
 * behaviour so that every module (JVM server, TeaVM extension) can share it; {@code null} means
 * "unknown / not given" throughout, never a default answer.
 */
package dev.applypilot.shared.profile;
