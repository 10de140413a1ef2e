package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One practice question.
 *
 * @param kind  BEHAVIOURAL, TECHNICAL or COMPANY
 * @param focus job skills a good answer should touch
 * @param hint  what a strong answer contains
 */
@Serdeable
public record InterviewQuestion(String id, String kind, String text, List<String> focus, String hint) {
    public InterviewQuestion {
        focus = focus == null ? List.of() : List.copyOf(focus);
    }
}
