package dev.applypilot.shared.extract;

import dev.applypilot.shared.job.AtsVendor;
import dev.applypilot.shared.job.JobField;
import dev.applypilot.shared.job.JobPosting;
import dev.applypilot.shared.job.RemoteType;
import dev.applypilot.shared.job.Salary;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Field-wise merge of rule outputs: the first rule to offer a non-empty value for a field wins, later
 * offers for that field are ignored. Rules run in priority order, so this is "earlier sources win,
 * later ones fill gaps", with the winning rule's id recorded as the field's provenance.
 */
final class JobPostingDraft {

    private final Map<JobField, Object> values = new EnumMap<>(JobField.class);
    private final Map<JobField, String> provenance = new EnumMap<>(JobField.class);

    /** Offers {@code value} for {@code field}; returns true when it was taken. */
    boolean offer(JobField field, Object value, String source) {
        if (isEmpty(value) || values.containsKey(field)) {
            return false;
        }
        values.put(field, value);
        provenance.put(field, source);
        return true;
    }

    boolean has(JobField field) {
        return values.containsKey(field);
    }

    String string(JobField field) {
        Object value = values.get(field);
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    List<String> locations() {
        Object value = values.get(JobField.LOCATIONS);
        return value == null ? List.of() : (List<String>) value;
    }

    String source(JobField field) {
        return provenance.get(field);
    }

    Map<JobField, String> provenance() {
        return provenance;
    }

    JobPosting build(String sourceUrl) {
        return new JobPosting(string(JobField.TITLE), string(JobField.COMPANY),
                locations(), (RemoteType) values.get(JobField.REMOTE_TYPE),
                string(JobField.EMPLOYMENT_TYPE), (Salary) values.get(JobField.SALARY),
                string(JobField.DESCRIPTION_HTML), string(JobField.DESCRIPTION_TEXT), sourceUrl,
                string(JobField.CANONICAL_URL), (AtsVendor) values.get(JobField.ATS_VENDOR),
                string(JobField.VENDOR_JOB_ID), string(JobField.DATE_POSTED), string(JobField.VALID_THROUGH),
                string(JobField.STRUCTURED_DATA), provenance);
    }

    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return s.isBlank();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty();
        }
        if (value instanceof Salary salary) {
            return salary.isEmpty();
        }
        return value == RemoteType.UNKNOWN;
    }
}
