package dev.applypilot.server.resume.parse;

/** What a resume section is about, recognised from its heading in several languages. */
public enum SectionKind {
    SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, CERTIFICATIONS, LANGUAGES, AWARDS, PUBLICATIONS,
    VOLUNTEERING, INTERESTS, REFERENCES, CONTACT, OTHER
}
