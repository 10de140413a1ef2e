package dev.applypilot.server.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Hand-written resumes and job descriptions shared by the matching tests, and one service (the model loads once). */
final class Fixtures {
    static final Clock CLOCK_2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final MatchService SERVICE = new MatchService(new LruEmbeddingCache(), CLOCK_2025);

    static final String BACKEND_JOB = """
            Senior Backend Engineer
            Acme Payments is hiring a Senior Backend Engineer to build our payment platform. This role is hybrid, \
            based in Berlin.

            Responsibilities
            - Design and operate microservices that move money reliably.
            - Work with product managers and other engineers.

            Requirements
            - 5+ years of experience building backend systems in Java.
            - Strong experience with Spring Boot and PostgreSQL.
            - Experience with Kafka and event-driven architecture.
            - Hands-on with Docker and Kubernetes on AWS.
            - Bachelor's degree in Computer Science or a related field.

            Nice to have
            - Terraform
            - GraphQL

            You must be authorized to work in the European Union. We are unable to sponsor visas.
            """;

    static final String BACKEND_RESUME = """
            Jane Doe
            Senior Backend Engineer

            Summary
            Backend engineer with eight years of experience building payment and banking platforms in Java.

            Experience
            Senior Backend Engineer, Fintech GmbH, Berlin
            2019 - Present
            Built event-driven microservices in Java 17 with Spring Boot, Kafka and PostgreSQL.
            Ran services in Docker on Kubernetes (EKS) on AWS; wrote Terraform modules for the platform.
            Backend Engineer, Bank AG
            2016 - 2019
            Developed REST APIs and batch jobs in Java and Spring; tuned Postgres queries.

            Education
            B.Sc. Computer Science, TU Berlin
            """;

    static final String NURSE_RESUME = """
            Maria Rossi
            Registered Nurse

            Summary
            Compassionate registered nurse with six years in intensive care units.

            Experience
            ICU Nurse, City Hospital
            2019 - Present
            Monitored critically ill patients, administered medication and coordinated with physicians.
            Educated families on post-discharge care plans.

            Education
            Diploma in Nursing
            """;

    private Fixtures() {
    }
}
