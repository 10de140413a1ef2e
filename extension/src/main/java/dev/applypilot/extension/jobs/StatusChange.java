package dev.applypilot.extension.jobs;

import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Application status changes: the {@code application.status} write and the popup's "applied today" count. */
public final class StatusChange {
    private StatusChange() {
    }

    /** The payload of an {@code application.status} write (the REST PATCH body plus the job id). */
    public static JsonValue payload(String jobId, String status) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("jobId", new JsonString(jobId));
        m.put("status", new JsonString(status));
        m.put("source", new JsonString(JobSave.SOURCE));
        return new JsonObject(m);
    }

    /** Items of a {@code GET /api/v1/jobs} page ({@code {items: [{job, status, updatedAt}]}}) updated at or after {@code sinceMillis}. */
    public static int countSince(JsonValue page, double sinceMillis) {
        int count = 0;
        for (JsonValue item : page.get("items").elements()) {
            long updated = epochMillis(item.get("updatedAt").text().orElse(""));
            if (updated >= 0 && updated >= sinceMillis) {
                count++;
            }
        }
        return count;
    }

    /**
     * Epoch millis of a UTC ISO-8601 instant as the server writes it ({@code 2026-05-01T09:30:00.123456Z}), or -1.
     * Hand-read: {@code java.time} parsing would add its formatter machinery to the background script.
     */
    static long epochMillis(String iso) {
        if (iso.length() < 20 || iso.charAt(4) != '-' || iso.charAt(7) != '-' || iso.charAt(10) != 'T' || !iso.endsWith("Z")) {
            return -1;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 7);
        int day = digits(iso, 8, 10);
        int hour = digits(iso, 11, 13);
        int minute = digits(iso, 14, 16);
        int second = digits(iso, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || minute < 0 || second < 0) {
            return -1;
        }
        int millis = 0;
        if (iso.charAt(19) == '.') {
            int fraction = digits(iso, 20, Math.min(23, iso.length() - 1));
            millis = fraction < 0 ? 0 : fraction * (int) Math.pow(10, 3 - (Math.min(23, iso.length() - 1) - 20));
        }
        return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static int digits(String s, int from, int to) {
        if (to <= from) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
