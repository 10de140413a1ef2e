package dev.applypilot.server.matching;

/** Whether the job description requires a skill or only prefers it. */
public enum Importance {
    REQUIRED, PREFERRED
}
