package dev.applypilot.server.resume.parse;

import java.util.List;

/** One job from the experience section; text fields are verbatim or null when not recognised. */
public record WorkEntry(String title, String company, DateRange dates, String location, List<String> bullets) {
}
