package dev.applypilot.server.matching;

import java.util.Map;
import java.util.Set;

/**
 * What a job description asks for. Skill maps go from skill to the job sentence asking for it, in text order.
 *
 * @param minYears               minimum years of experience required, or null when none is stated
 * @param education              minimum education required, or null
 * @param educationAlternative   true when the text accepts equivalent experience instead of the degree
 * @param authorizationCountry   country code where work authorization is required, or null
 * @param noSponsorship          true when the employer says it will not sponsor visas
 */
record JobAnalysis(String title, Seniority seniority, Set<String> roleConcepts,
                   Map<Skill, String> required, Map<Skill, String> preferred,
                   Double minYears, String yearsEvidence,
                   EducationLevel education, boolean educationAlternative, String educationEvidence,
                   RemoteType remoteType, String location, String locationEvidence,
                   String authorizationCountry, boolean noSponsorship, String authorizationEvidence) {
}
