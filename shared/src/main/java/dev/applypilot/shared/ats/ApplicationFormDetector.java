package dev.applypilot.shared.ats;

import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import java.util.List;

/**
 * Decides whether a form is a job application (to be filled) rather than a login, search or newsletter
 * form. It needs a resume / CV upload or at least three recognised personal fields; a password form with
 * fewer is a login, a lone search box or a lone email field is not an application.
 */
public final class ApplicationFormDetector {

    /** Fewest recognised personal fields that make a form without a resume upload an application. */
    public static final int MIN_PERSONAL_FIELDS = 3;

    private ApplicationFormDetector() {
    }

    /**
     * @param form  the form
     * @param types the classified type of each field (same order as {@code form.fields()})
     */
    public static boolean isApplicationForm(FormDescriptor form, List<FieldType> types) {
        boolean resume = false;
        boolean password = false;
        int personal = 0;
        int visibleText = 0;
        for (int i = 0; i < form.fields().size(); i++) {
            FieldDescriptor f = form.fields().get(i);
            FieldType t = types.get(i);
            if (f.type().equals("password")) {
                password = true;
            }
            if (f.visible() && f.isTextEntry()) {
                visibleText++;
            }
            if (t == FieldType.RESUME_FILE) {
                resume = true;
            }
            if (isPersonal(t)) {
                personal++;
            }
        }
        if (resume) {
            return true;
        }
        if (visibleText <= 1) {
            return false; // search box or newsletter sign-up
        }
        if (password && personal < MIN_PERSONAL_FIELDS + 1) {
            return false; // login / account creation
        }
        return personal >= MIN_PERSONAL_FIELDS;
    }

    private static boolean isPersonal(FieldType t) {
        return switch (t) {
            case GIVEN_NAME, FAMILY_NAME, FULL_NAME, EMAIL, PHONE, ADDRESS_LINE1, CITY, POSTAL_CODE, LINKEDIN_URL -> true;
            default -> false;
        };
    }
}
