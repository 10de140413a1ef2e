package dev.applypilot.server.generation;

import dev.applypilot.server.matching.Skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Interview practice without a model: questions picked from the job description's themes and skills, and a rubric for
 * answers (STAR structure, specificity, length, keyword coverage). Deterministic, so feedback is explainable.
 */
final class OfflineInterviewCoach {
    static final String NOTE = "Offline mode: questions chosen from the job description and a question bank, and "
            + "feedback from a rubric (STAR structure, specificity, length, keyword coverage), without an AI model.";

    /** Behavioural questions keyed by job-description cues that make them likely; the first ones fill up the rest. */
    private static final String[][] BEHAVIOURAL = {
            {"lead|mentor|ownership|own", "Tell me about a time you took ownership of a problem nobody had assigned to you."},
            {"deadline|fast-paced|fast paced|pressure|deliver", "Describe a time you had to deliver under a tight deadline. What did you cut, and why?"},
            {"stakeholder|cross-functional|collaborat|partner", "Tell me about a time you had to win over a stakeholder who disagreed with you."},
            {"ambigu|startup|changing|autonom", "Describe a situation where the requirements were unclear. How did you move forward?"},
            {"quality|reliab|incident|on-call|production", "Tell me about a failure or incident you were part of. What did you change afterwards?"},
            {"feedback|learn|growth|curious", "Tell me about feedback that changed how you work."},
            {"customer|user|client", "Describe a time you changed your plan because of what a user or customer needed."}};

    private static final List<String> ACTION_VERBS = List.of("i built", "i led", "i designed", "i wrote", "i implemented",
            "i decided", "i created", "i owned", "i set up", "i changed", "i proposed", "i organised", "i organized",
            "i fixed", "i reduced", "i improved", "i migrated", "i automated", "i negotiated", "i analysed", "i analyzed",
            "i started", "i worked", "i took", "i asked", "i made", "i added", "i removed", "i moved", "i shipped");
    private static final List<String> RESULT_CUES = List.of("result", "as a result", "outcome", "reduced", "increased",
            "improved", "saved", "cut ", "grew", "led to", "so that", "which meant", "in the end", "%", "faster", "fewer");
    private static final List<String> SITUATION_CUES = List.of("when ", "while ", "at my", "in my", "our team", "the project",
            "last year", "situation", "we had", "there was", "context");
    private static final List<String> TASK_CUES = List.of("my goal", "i needed", "i had to", "responsible", "my task",
            "the task", "my job was", "the goal", "we needed", "challenge");

    private final SkillSpans spans;

    OfflineInterviewCoach(SkillSpans spans) {
        this.spans = spans;
    }

    InterviewPrep questions(JobDetails job, JobFocus focus) {
        String company = job.companyOr("this company");
        String jd = job.description().toLowerCase(Locale.ROOT);
        List<InterviewQuestion> questions = new ArrayList<>();
        List<String> behavioural = new ArrayList<>();
        for (String[] entry : BEHAVIOURAL) {
            for (String cue : entry[0].split("\\|")) {
                if (jd.contains(cue)) {
                    behavioural.add(entry[1]);
                    break;
                }
            }
        }
        for (String[] entry : BEHAVIOURAL) {
            if (behavioural.size() >= 4) {
                break;
            }
            if (!behavioural.contains(entry[1])) {
                behavioural.add(entry[1]);
            }
        }
        for (String text : behavioural.subList(0, 4)) {
            questions.add(new InterviewQuestion("q" + (questions.size() + 1), "BEHAVIOURAL", text, List.of(),
                    "Use STAR: the situation, your task, what you did (say \"I\"), and the result with a number if you have one."));
        }
        for (Skill skill : focus.jobSkills().stream().filter(Skill::technical).limit(4).toList()) {
            String name = focus.jobSpelling().get(skill);
            String text = focus.matched().contains(skill)
                    ? "Walk me through a project where you used " + name + ". What trade-offs did you make?"
                    : "This role uses " + name + ". How would you get productive with it, and what related experience do you have?";
            questions.add(new InterviewQuestion("q" + (questions.size() + 1), "TECHNICAL", text, List.of(skill.name()),
                    "Name the concrete problem, the design choice, an alternative you rejected and how you measured the result."));
        }
        questions.add(new InterviewQuestion("q" + (questions.size() + 1), "COMPANY",
                "Why do you want to work at " + company + ", and why this " + job.title().strip() + " role?",
                focus.matchedNames().subList(0, Math.min(2, focus.matched().size())),
                "Connect something specific about the company or product to your own experience."));
        return new InterviewPrep("offline", NOTE, job.title().strip(), job.companyOr(""), focus.jobSkills().stream()
                .map(Skill::name).toList(), questions);
    }

    /** @param jobSkills the job's skills, expected in answers to questions without a focus of their own */
    AnswerFeedback feedback(InterviewQuestion question, String answer, List<String> jobSkills) {
        String lower = " " + answer.toLowerCase(Locale.ROOT).replace('\n', ' ') + " ";
        int words = Words.of(answer).size();
        List<RubricScore> rubric = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        List<String> improvements = new ArrayList<>();

        Map<String, Boolean> star = new LinkedHashMap<>();
        star.put("situation", containsAny(lower, SITUATION_CUES));
        star.put("task", containsAny(lower, TASK_CUES));
        star.put("action", containsAny(lower, ACTION_VERBS));
        star.put("result", containsAny(lower, RESULT_CUES) || !Words.numbers(answer).isEmpty());
        int starScore = (int) star.values().stream().filter(b -> b).count() * 25;
        List<String> missingParts = star.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        rubric.add(new RubricScore("star", starScore, missingParts.isEmpty() ? "Situation, task, action and result are all there."
                : "Missing: " + String.join(", ", missingParts) + "."));

        int numbers = Words.numbers(answer).size();
        int named = spans.findAll(answer).size();
        int specificity = Math.min(100, 20 + 30 * Math.min(numbers, 2) + 15 * Math.min(named, 2));
        rubric.add(new RubricScore("specificity", specificity, numbers + " number(s) and " + named + " named tool(s) or skill(s)."));

        int length = words < 40 ? 20 : words < 80 ? 60 : words <= 250 ? 100 : words <= 400 ? 70 : 40;
        rubric.add(new RubricScore("length", length, words + " words; 80 to 250 is about one to two minutes spoken."));

        Set<String> wanted = new java.util.LinkedHashSet<>(question.focus());
        if (wanted.isEmpty()) {
            jobSkills.stream().limit(3).forEach(wanted::add);
        }
        Set<String> mentioned = new java.util.LinkedHashSet<>();
        for (SkillSpans.Span span : spans.findAll(answer)) {
            mentioned.add(span.skill().name());
        }
        long covered = wanted.stream().filter(mentioned::contains).count();
        int keywords = wanted.isEmpty() ? 100 : (int) Math.round(100.0 * covered / wanted.size());
        rubric.add(new RubricScore("keywords", keywords, wanted.isEmpty() ? "No job keywords expected for this question."
                : "Mentions " + covered + " of " + wanted.size() + ": " + String.join(", ", wanted) + "."));

        if (starScore == 100) {
            strengths.add("Clear STAR structure.");
        } else if ("BEHAVIOURAL".equals(question.kind()) || starScore < 50) {
            improvements.add("Add the " + String.join(" and ", missingParts) + " part" + (missingParts.size() > 1 ? "s" : "")
                    + " of the story (STAR).");
        }
        if (numbers > 0) {
            strengths.add("Quantifies the impact.");
        } else {
            improvements.add("Give a number: time saved, users affected, error rate, team size.");
        }
        if (length == 100) {
            strengths.add("Good length.");
        } else {
            improvements.add(words < 80 ? "Say more: what exactly did you do and what came of it?"
                    : "Tighten it: keep to the situation, your actions and the result.");
        }
        if (!wanted.isEmpty() && covered < wanted.size()) {
            improvements.add("Connect it to " + String.join(", ", wanted.stream().filter(w -> !mentioned.contains(w)).toList())
                    + ", which the job asks for.");
        } else if (!wanted.isEmpty()) {
            strengths.add("Uses the job's key skills.");
        }
        boolean behavioural = "BEHAVIOURAL".equals(question.kind());
        double score = behavioural
                ? 0.35 * starScore + 0.25 * specificity + 0.2 * length + 0.2 * keywords
                : 0.15 * starScore + 0.3 * specificity + 0.2 * length + 0.35 * keywords;
        return new AnswerFeedback(question.id(), answer, (int) Math.round(score), rubric, strengths, improvements, null);
    }

    SessionFeedback session(String sessionId, InterviewPrep prep, List<AnswerFeedback> answers) {
        List<RubricScore> criteria = new ArrayList<>();
        String weakest = null;
        int weakestScore = Integer.MAX_VALUE;
        for (String criterion : List.of("star", "specificity", "length", "keywords")) {
            int avg = (int) Math.round(answers.stream().flatMap(a -> a.rubric().stream())
                    .filter(r -> r.criterion().equals(criterion)).mapToInt(RubricScore::score).average().orElse(0));
            criteria.add(new RubricScore(criterion, avg, "average over " + answers.size() + " answer(s)"));
            if (avg < weakestScore) {
                weakest = criterion;
                weakestScore = avg;
            }
        }
        int overall = (int) Math.round(answers.stream().mapToInt(AnswerFeedback::score).average().orElse(0));
        List<String> focusNext = new ArrayList<>();
        if (answers.isEmpty()) {
            focusNext.add("Answer at least one question to get feedback.");
        } else {
            focusNext.add(switch (weakest) {
                case "star" -> "Structure stories as situation, task, action, result; say what you did, not the team.";
                case "specificity" -> "Bring numbers and names: metrics, tools, scale.";
                case "length" -> "Aim for 80 to 250 words per answer.";
                default -> "Tie answers to the job's skills: " + String.join(", ", prep.jobSkills().stream().limit(4).toList()) + ".";
            });
            if (answers.size() < prep.questions().size()) {
                focusNext.add((prep.questions().size() - answers.size()) + " question(s) still unanswered.");
            }
        }
        String summary = answers.isEmpty() ? "No answers yet."
                : "Overall " + overall + "/100 over " + answers.size() + " answer(s); weakest area: " + weakest + ".";
        return new SessionFeedback(sessionId, answers.size(), prep.questions().size(), overall, criteria, summary,
                focusNext, answers);
    }

    private static boolean containsAny(String text, List<String> cues) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
