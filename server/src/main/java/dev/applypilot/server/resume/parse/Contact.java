package dev.applypilot.server.resume.parse;

/** Contact details; each field is copied verbatim from the resume text, or null when not found. */
public record Contact(String name, String email, String phone, String location, String linkedin, String github,
                      String website) {
}
