package dev.applypilot.shared.profile;

import java.util.List;

/**
 * One position in the work history.
 *
 * @param title    job title
 * @param company  employer
 * @param location free-text location, or {@code null}
 * @param start    start as {@code YYYY-MM}
 * @param end      end as {@code YYYY-MM}, {@code null} when current
 * @param current  whether this is the current position
 * @param bullets  achievement / responsibility lines
 */
public record WorkExperience(String title, String company, String location, String start, String end,
                             boolean current, List<String> bullets) {

    public WorkExperience {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
