package dev.applypilot.shared.classify;

import static dev.applypilot.shared.classify.AbstainReason.*;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.format.Answers;
import dev.applypilot.shared.format.Answers.Polarity;
import dev.applypilot.shared.format.Countries;
import dev.applypilot.shared.format.DateFormatter;
import dev.applypilot.shared.format.Phrase;
import dev.applypilot.shared.format.PhoneFormat;
import dev.applypilot.shared.format.PhoneFormatter;
import dev.applypilot.shared.format.Text;
import dev.applypilot.shared.profile.Address;
import dev.applypilot.shared.profile.Contact;
import dev.applypilot.shared.profile.Education;
import dev.applypilot.shared.profile.Eeo;
import dev.applypilot.shared.profile.LinkType;
import dev.applypilot.shared.profile.Phone;
import dev.applypilot.shared.profile.Profile;
import dev.applypilot.shared.profile.SalaryExpectation;
import dev.applypilot.shared.profile.ScreeningFacts;
import dev.applypilot.shared.profile.WorkExperience;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns classifications plus the profile into one {@link FillDecision} per field. Only fillable,
 * empty (unless overwrite) fields are written; choices are picked only when exactly one option matches;
 * legal / eligibility / EEO questions are answered only from typed facts and only through an offered option
 * (or a statement checkbox) whose polarity is unambiguous. Everything else abstains with a reason.
 */
public final class FillPlanner {

    private static final List<Phrase> DAYS = Phrase.parseAll("day|days|tag|tage|jour|jours|dia|dias|dag|dagen|giorno|giorni|dzien|dni");

    private FillPlanner() {
    }

    private static boolean optionsMention(FieldDescriptor f, List<Phrase> phrases) {
        for (var o : f.options()) {
            List<String> w = Text.words(o.text());
            for (Phrase p : phrases) {
                if (p.in(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Plans the whole form. */
    public static List<FillDecision> plan(FormDescriptor form, FormClassification classes, Profile profile, FillOptions options) {
        boolean separateCountryCode = false;
        for (Classification c : classes.fields()) {
            separateCountryCode |= c.type() == FieldType.PHONE_COUNTRY_CODE && c.fillable();
        }
        List<FillDecision> out = new ArrayList<>();
        for (int i = 0; i < form.fields().size(); i++) {
            out.add(planField(i, form.fields().get(i), classes.fields().get(i), classes.applicationForm(), profile, options,
                    separateCountryCode));
        }
        return out;
    }

    private static FillDecision planField(int i, FieldDescriptor f, Classification c, boolean application, Profile p,
                                          FillOptions options, boolean separateCountryCode) {
        FieldType t = c.type();
        if (c.reason() == Reason.SAFETY) {
            return FillDecision.abstain(i, t, UNSAFE, c.explanation());
        }
        if (!application) {
            return FillDecision.abstain(i, t, NOT_APPLICATION_FORM, "form is not a job application");
        }
        if (t == FieldType.CUSTOM_QUESTION) {
            return FillDecision.abstain(i, t, CUSTOM_QUESTION, "custom question: offer the answer bank");
        }
        if (t == FieldType.CONSENT) {
            return FillDecision.abstain(i, t, CONSENT_NEEDS_USER, "consent is the user's decision");
        }
        if (!c.fillable()) {
            return FillDecision.abstain(i, t, UNKNOWN_FIELD, c.explanation());
        }
        if (!options.overwrite() && !f.currentValue().isBlank() && !f.isChoice() && !f.isSingleCheckbox() && !f.isFile()) {
            return FillDecision.abstain(i, t, ALREADY_FILLED, "field already has a value");
        }
        if (t.isLegal() || t == FieldType.RELOCATION) {
            return legal(i, f, t, p);
        }
        if (t == FieldType.RESUME_FILE || t == FieldType.COVER_LETTER_FILE) {
            FileSlot slot = t == FieldType.RESUME_FILE ? FileSlot.RESUME : FileSlot.COVER_LETTER;
            return new FillDecision(i, t, FillAction.ATTACH_FILE, null, slot, null, "attach " + slot);
        }
        DatePart part = t == FieldType.START_DATE || t == FieldType.GRADUATION_DATE ? DatePart.of(f) : null;
        if (part != null) {
            return SplitDateAnswers.plan(i, f, t, part, isoDate(t, p));
        }
        if (f.isChoice()) {
            return choice(i, f, t, p);
        }
        String value = textValue(f, t, p, options, separateCountryCode);
        if (value == null || value.isBlank()) {
            return FillDecision.abstain(i, t, NO_PROFILE_VALUE, "profile has no " + t);
        }
        return new FillDecision(i, t, FillAction.TYPE_TEXT, value, null, null, t + " from profile");
    }

    private static FillDecision legal(int i, FieldDescriptor f, FieldType t, Profile p) {
        String question = FieldClassifier.primaryLabel(f);
        if (t == FieldType.EEO_GENDER || t == FieldType.EEO_RACE) {
            return eeoChoice(i, f, t, p);
        }
        Polarity wanted = LegalAnswers.wanted(t, f, question, p);
        if (wanted == null) {
            return FillDecision.abstain(i, t, NO_PROFILE_VALUE, "no typed profile fact for this " + t + " question");
        }
        if (f.isChoice()) {
            return picked(i, t, OptionMatcher.byPolarity(f.options(), wanted), "answer " + wanted);
        }
        if (f.isSingleCheckbox() && !CustomQuestionPass.isQuestion(question, Text.words(question))) {
            // A statement checkbox ("I am authorized to work in the US" / "I do not require sponsorship").
            Polarity statement = Answers.polarity(question);
            if (statement == Polarity.YES || statement == Polarity.NO) {
                return new FillDecision(i, t, FillAction.SET_CHECKBOX, String.valueOf(statement == wanted), null, null,
                        "statement checkbox, answer " + wanted);
            }
        }
        return FillDecision.abstain(i, t, LEGAL_NEEDS_CHOICE, t + " is only answered through an unambiguous option");
    }

    private static FillDecision eeoChoice(int i, FieldDescriptor f, FieldType t, Profile p) {
        Eeo eeo = p.screening() == null ? null : p.screening().eeo();
        if (eeo == null) {
            return FillDecision.abstain(i, t, NO_PROFILE_VALUE, "EEO not opted in");
        }
        if (!f.isChoice()) {
            return FillDecision.abstain(i, t, LEGAL_NEEDS_CHOICE, "EEO answered only through options");
        }
        boolean decline;
        List<Phrase> synonyms;
        if (t == FieldType.EEO_GENDER) {
            decline = eeo.gender() == Eeo.Gender.PREFER_NOT_TO_SAY;
            synonyms = eeo.gender() == null || decline ? null : LegalAnswers.GENDER.get(eeo.gender());
        } else {
            decline = eeo.raceEthnicity() == Eeo.RaceEthnicity.PREFER_NOT_TO_SAY;
            synonyms = eeo.raceEthnicity() == null || decline ? null : LegalAnswers.RACE.get(eeo.raceEthnicity());
            if (!decline && synonyms != null && isYesNoQuestion(f)) {
                // "Are you Hispanic or Latino?" with Yes/No: only a Hispanic answer is implied by the profile.
                if (eeo.raceEthnicity() != Eeo.RaceEthnicity.HISPANIC_OR_LATINO) {
                    return FillDecision.abstain(i, t, NO_PROFILE_VALUE, "ethnicity yes/no not implied by the profile");
                }
                return picked(i, t, OptionMatcher.byPolarity(f.options(), Polarity.YES), "Hispanic/Latino yes");
            }
        }
        if (decline) {
            return picked(i, t, OptionMatcher.byPolarity(f.options(), Polarity.DECLINE), "prefer not to say");
        }
        if (synonyms == null) {
            return FillDecision.abstain(i, t, NO_PROFILE_VALUE, "EEO answer not given");
        }
        return picked(i, t, OptionMatcher.bySynonyms(f.options(), synonyms), "EEO self-identification");
    }

    private static boolean isYesNoQuestion(FieldDescriptor f) {
        int yesNo = 0;
        for (var o : f.options()) {
            Polarity pol = Answers.polarity(o.text());
            List<String> w = Text.words(o.text());
            if ((pol == Polarity.YES || pol == Polarity.NO) && w.size() <= 2) {
                yesNo++;
            }
        }
        return yesNo >= 2;
    }

    private static FillDecision choice(int i, FieldDescriptor f, FieldType t, Profile p) {
        Contact c = p.contact();
        Address a = c == null ? null : c.address();
        OptionMatcher.Match m;
        switch (t) {
            case COUNTRY -> m = a == null || a.country() == null ? null : OptionMatcher.country(f.options(), a.country());
            case REGION -> m = a == null || a.region() == null ? null : OptionMatcher.region(f.options(), a.region());
            case PHONE_COUNTRY_CODE -> {
                Phone ph = c == null ? null : c.phone();
                String code = ph == null ? null : PhoneFormatter.callingCode(ph.e164());
                m = code == null ? null : OptionMatcher.callingCode(f.options(), code, a == null ? null : a.country());
            }
            case YEARS_OF_EXPERIENCE -> {
                Integer y = p.screening() == null ? null : p.screening().yearsOfExperience();
                m = y == null ? null : OptionMatcher.numberRange(f.options(), y);
            }
            case NOTICE_PERIOD -> {
                Integer d = p.screening() == null ? null : p.screening().noticePeriodDays();
                // Options in weeks or months would need unit conversion; only day-denominated lists are matched.
                m = d == null ? null : optionsMention(f, DAYS) ? OptionMatcher.numberRange(f.options(), d)
                        : new OptionMatcher.Match(null, NO_MATCHING_OPTION);
            }
            default -> {
                String v = simpleValue(t, p);
                m = v == null ? null : OptionMatcher.byText(f.options(), v);
            }
        }
        if (m == null) {
            return FillDecision.abstain(i, t, NO_PROFILE_VALUE, "profile has no " + t);
        }
        return picked(i, t, m, t + " option");
    }

    private static FillDecision picked(int i, FieldType t, OptionMatcher.Match m, String why) {
        if (m.option() == null) {
            return FillDecision.abstain(i, t, m.failure(), why + ": " + m.failure());
        }
        return new FillDecision(i, t, FillAction.SELECT_OPTION, m.option().value(), null, null, why + " -> " + m.option().text());
    }

    private static String textValue(FieldDescriptor f, FieldType t, Profile p, FillOptions options, boolean separateCountryCode) {
        Contact c = p.contact();
        ScreeningFacts s = p.screening();
        switch (t) {
            case PHONE -> {
                Phone ph = c == null ? null : c.phone();
                if (ph == null) {
                    return null;
                }
                PhoneFormat fmt = separateCountryCode ? PhoneFormat.NATIONAL : options.phoneFormat();
                return PhoneFormatter.format(ph.e164(), ph.display(), fmt);
            }
            case PHONE_COUNTRY_CODE -> {
                String code = c == null || c.phone() == null ? null : PhoneFormatter.callingCode(c.phone().e164());
                return code == null ? null : "+" + code;
            }
            case COUNTRY -> {
                String code = c == null || c.address() == null ? null : c.address().country();
                return code == null ? null : Countries.englishName(code);
            }
            case START_DATE, GRADUATION_DATE -> {
                String iso = isoDate(t, p);
                return iso == null ? null : DateFormatter.format(iso, DateFormatter.detect(f.type(), f.placeholder()));
            }
            case NOTICE_PERIOD -> {
                Integer d = s == null ? null : s.noticePeriodDays();
                return d == null ? null : f.type().equals("number") ? String.valueOf(d) : d + " days";
            }
            case YEARS_OF_EXPERIENCE -> {
                Integer y = s == null ? null : s.yearsOfExperience();
                return y == null ? null : String.valueOf(y);
            }
            case SALARY_EXPECTATION -> {
                return salary(s == null ? null : s.salary(), f.type().equals("number"));
            }
            default -> {
                return simpleValue(t, p);
            }
        }
    }

    /** The profile's date for a date type: earliest start, or the end of the latest education. */
    private static String isoDate(FieldType t, Profile p) {
        if (t == FieldType.START_DATE) {
            return p.screening() == null ? null : p.screening().earliestStartDate();
        }
        Education e = p.latestEducation();
        return e == null ? null : e.end();
    }

    private static String salary(SalaryExpectation s, boolean numberOnly) {
        if (s == null || s.min() == null && s.max() == null) {
            return null;
        }
        if (numberOnly || s.max() == null || s.min() == null || s.min().equals(s.max())) {
            return String.valueOf(s.min() != null ? s.min() : s.max());
        }
        return s.min() + "-" + s.max() + (s.currency() == null ? "" : " " + s.currency());
    }

    /** Plain profile strings. */
    private static String simpleValue(FieldType t, Profile p) {
        Contact c = p.contact();
        Address a = c == null ? null : c.address();
        WorkExperience job = p.currentJob();
        Education edu = p.latestEducation();
        return switch (t) {
            case GIVEN_NAME -> c == null ? null : c.givenName();
            case FAMILY_NAME -> c == null ? null : c.familyName();
            case FULL_NAME -> c == null ? null : c.fullName();
            case PREFERRED_NAME -> c == null ? null : c.preferredName();
            case EMAIL -> c == null ? null : c.email();
            case ADDRESS_LINE1 -> a == null ? null : a.line1();
            case ADDRESS_LINE2 -> a == null ? null : a.line2();
            case CITY -> a == null ? null : a.city();
            case REGION -> a == null ? null : a.region();
            case POSTAL_CODE -> a == null ? null : a.postalCode();
            case LINKEDIN_URL -> p.link(LinkType.LINKEDIN);
            case GITHUB_URL -> p.link(LinkType.GITHUB);
            case PORTFOLIO_URL -> p.link(LinkType.PORTFOLIO);
            case WEBSITE_URL -> p.link(LinkType.WEBSITE) != null ? p.link(LinkType.WEBSITE) : p.link(LinkType.PORTFOLIO);
            case CURRENT_COMPANY -> job == null || !job.current() ? null : job.company();
            case CURRENT_TITLE -> job == null || !job.current() ? null : job.title();
            case SCHOOL -> edu == null ? null : edu.school();
            case DEGREE -> edu == null ? null : edu.degree();
            case DISCIPLINE -> edu == null ? null : edu.discipline();
            default -> null;
        };
    }
}
