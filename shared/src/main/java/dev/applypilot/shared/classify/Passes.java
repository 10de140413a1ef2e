package dev.applypilot.shared.classify;

import static dev.applypilot.shared.form.FieldType.*;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import java.util.List;
import java.util.Set;

/** The default ordered pass list; earlier passes win ties between equally strong suggestions. */
public final class Passes {

    private Passes() {
    }

    /** Passes in priority order. */
    public static List<FieldPass> defaults() {
        return List.of(new DocumentPass(), new EeoPass(), new WorkAuthPass(), new SponsorshipPass(), new EligibilityPass(),
                new RelocationPass(), new ReferralSourcePass(), new CompensationPass(), new AvailabilityPass(), new ConsentPass(),
                new NamePass(), new EmailPass(), new PhonePass(), new AddressPass(), new LinkPass(), new EmploymentPass(),
                new EducationPass());
    }

    static boolean choiceOrText(FieldDescriptor f) {
        return f.isChoice() || f.isTextEntry();
    }

    static boolean anyAnswerControl(FieldDescriptor f) {
        return f.isChoice() || f.isTextEntry() || f.isSingleCheckbox();
    }

    /** Given, family, full and preferred name. */
    public static final class NamePass extends FieldPass {
        public NamePass() {
            super(Set.of(GIVEN_NAME, FAMILY_NAME, FULL_NAME, PREFERRED_NAME));
        }
    }

    /** Email address. */
    public static final class EmailPass extends FieldPass {
        public EmailPass() {
            super(Set.of(EMAIL));
        }
    }

    /** Phone number and its country-code / extension parts (a "phone type" select is never a number). */
    public static final class PhonePass extends FieldPass {
        public PhonePass() {
            super(Set.of(PHONE, PHONE_COUNTRY_CODE, PHONE_EXTENSION));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            if (t == PHONE_COUNTRY_CODE) {
                return choiceOrText(f) ? t : null;
            }
            return f.isTextEntry() ? t : null;
        }
    }

    /** Postal address; country and region may be selects. */
    public static final class AddressPass extends FieldPass {
        public AddressPass() {
            super(Set.of(ADDRESS_LINE1, ADDRESS_LINE2, CITY, REGION, POSTAL_CODE, COUNTRY));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            if (t == COUNTRY || t == REGION || t == CITY) {
                return choiceOrText(f) && !f.type().equals("radio") ? t : null;
            }
            return f.isTextEntry() ? t : null;
        }
    }

    /** Profile links. */
    public static final class LinkPass extends FieldPass {
        public LinkPass() {
            super(Set.of(LINKEDIN_URL, GITHUB_URL, PORTFOLIO_URL, WEBSITE_URL));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return f.isTextEntry() && !f.tag().equals("textarea") ? t : null;
        }
    }

    /** Current company, title and total years of experience. */
    public static final class EmploymentPass extends FieldPass {
        public EmploymentPass() {
            super(Set.of(CURRENT_COMPANY, CURRENT_TITLE, YEARS_OF_EXPERIENCE));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            if (t == YEARS_OF_EXPERIENCE) {
                return choiceOrText(f) ? t : null;
            }
            return f.isTextEntry() && !f.tag().equals("textarea") ? t : null;
        }
    }

    /** School, degree, discipline, graduation date (selects allowed: vendors offer pick lists). */
    public static final class EducationPass extends FieldPass {
        public EducationPass() {
            super(Set.of(SCHOOL, DEGREE, DISCIPLINE, GRADUATION_DATE));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return choiceOrText(f) && !f.tag().equals("textarea") && (t != GRADUATION_DATE || wholeDateOrNamedPart(f)) ? t : null;
        }
    }

    /**
     * A date type fits one control when it holds the whole date, or one part its own label names ("Graduation year");
     * a bare part ("Start date" on a month list) is decided with its group by {@link SplitDates}.
     */
    static boolean wholeDateOrNamedPart(FieldDescriptor f) {
        return DatePart.of(f) == null || DatePart.namedByLabel(f);
    }

    /** Resume and cover letter: files for file inputs, cover letter text for text areas. */
    public static final class DocumentPass extends FieldPass {
        public DocumentPass() {
            super(Set.of(RESUME_FILE, COVER_LETTER_FILE, COVER_LETTER_TEXT));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            if (f.isFile()) {
                return t == COVER_LETTER_TEXT ? COVER_LETTER_FILE : t;
            }
            if ((t == COVER_LETTER_FILE || t == COVER_LETTER_TEXT) && f.tag().equals("textarea")) {
                return COVER_LETTER_TEXT;
            }
            return null;
        }
    }

    /** Salary expectation. */
    public static final class CompensationPass extends FieldPass {
        public CompensationPass() {
            super(Set.of(SALARY_EXPECTATION));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return choiceOrText(f) && !f.tag().equals("textarea") ? t : null;
        }
    }

    /** Start date and notice period. */
    public static final class AvailabilityPass extends FieldPass {
        public AvailabilityPass() {
            super(Set.of(START_DATE, NOTICE_PERIOD));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return choiceOrText(f) && !f.tag().equals("textarea") && (t != START_DATE || wholeDateOrNamedPart(f)) ? t : null;
        }
    }

    /** Work authorization. */
    public static final class WorkAuthPass extends FieldPass {
        public WorkAuthPass() {
            super(Set.of(WORK_AUTHORIZATION));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return anyAnswerControl(f) ? t : null;
        }
    }

    /** Visa sponsorship now / in future. */
    public static final class SponsorshipPass extends FieldPass {
        public SponsorshipPass() {
            super(Set.of(SPONSORSHIP));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return anyAnswerControl(f) ? t : null;
        }
    }

    /** Age, clearance and criminal-history questions. */
    public static final class EligibilityPass extends FieldPass {
        public EligibilityPass() {
            super(Set.of(OVER_18, SECURITY_CLEARANCE, CRIMINAL_HISTORY));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return anyAnswerControl(f) ? t : null;
        }
    }

    /** Willingness to relocate. */
    public static final class RelocationPass extends FieldPass {
        public RelocationPass() {
            super(Set.of(RELOCATION));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return anyAnswerControl(f) ? t : null;
        }
    }

    /** "How did you hear about us". */
    public static final class ReferralSourcePass extends FieldPass {
        public ReferralSourcePass() {
            super(Set.of(REFERRAL_SOURCE));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return choiceOrText(f) ? t : null;
        }
    }

    /** Voluntary EEO self-identification (choices only: free text is never guessed). */
    public static final class EeoPass extends FieldPass {
        public EeoPass() {
            super(Set.of(EEO_GENDER, EEO_RACE, EEO_VETERAN, EEO_DISABILITY));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return f.isChoice() || f.isTextEntry() && !f.tag().equals("textarea") ? t : null;
        }
    }

    /** Consent / terms checkboxes (classified so that they are recognised, never ticked automatically). */
    public static final class ConsentPass extends FieldPass {
        public ConsentPass() {
            super(Set.of(CONSENT));
        }

        @Override
        public FieldType accept(FieldDescriptor f, FieldType t) {
            return f.type().equals("checkbox") || f.type().equals("radio") ? t : null;
        }
    }
}
