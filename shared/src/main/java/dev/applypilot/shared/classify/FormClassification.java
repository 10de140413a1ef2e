package dev.applypilot.shared.classify;

import dev.applypilot.shared.ats.AtsAdapter;
import java.util.List;

/**
 * Classification of a whole form.
 *
 * @param ats             detected vendor adapter
 * @param applicationForm whether the form is a job application (otherwise nothing is fillable)
 * @param fields          one classification per field, in form order
 */
public record FormClassification(AtsAdapter ats, boolean applicationForm, List<Classification> fields) {

    public FormClassification {
        fields = List.copyOf(fields);
    }
}
