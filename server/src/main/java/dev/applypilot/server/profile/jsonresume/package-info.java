/**
 * JSON Resume (jsonresume.org schema v1) import and export: the records mirror the schema's parts the profile can
 * hold; {@link dev.applypilot.server.profile.jsonresume.JsonResumeMapper} converts both ways.
 */
package dev.applypilot.server.profile.jsonresume;
