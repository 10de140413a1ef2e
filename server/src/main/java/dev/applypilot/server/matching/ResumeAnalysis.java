package dev.applypilot.server.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the matcher knows about a candidate: skills with evidence, years, titles, level, education, and the resume
 * sections used for semantic similarity.
 */
record ResumeAnalysis(Map<Skill, String> skills, Double years, String yearsSource, List<String> titles,
                      Seniority seniority, Set<String> roleConcepts, EducationLevel education,
                      List<String> sectionTexts, CandidateFacts facts) {
}
