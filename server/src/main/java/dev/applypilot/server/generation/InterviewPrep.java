package dev.applypilot.server.generation;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Practice questions for one job, behavioural and technical, from the job description and the company. */
@Serdeable
public record InterviewPrep(String mode, String note, String jobTitle, String company, List<String> jobSkills,
                            List<InterviewQuestion> questions) {
    public InterviewPrep {
        jobSkills = jobSkills == null ? List.of() : List.copyOf(jobSkills);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
