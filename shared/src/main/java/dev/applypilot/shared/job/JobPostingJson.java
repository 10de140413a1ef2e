package dev.applypilot.shared.job;

import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonNull;
import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON form of {@link JobPosting} (camelCase members; absent values are omitted). */
final class JobPostingJson {

    private JobPostingJson() {
    }

    static JsonValue toJson(JobPosting p) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        putString(m, "title", p.title());
        putString(m, "company", p.company());
        List<JsonValue> locations = new ArrayList<>();
        p.locations().forEach(l -> locations.add(new JsonString(l)));
        m.put("locations", new JsonArray(locations));
        m.put("remoteType", new JsonString(p.remoteType().name()));
        putString(m, "employmentType", p.employmentType());
        if (p.salary() != null) {
            Map<String, JsonValue> s = new LinkedHashMap<>();
            putNumber(s, "min", p.salary().min());
            putNumber(s, "max", p.salary().max());
            putString(s, "currency", p.salary().currency());
            putString(s, "period", p.salary().period() == null ? null : p.salary().period().name());
            m.put("salary", new JsonObject(s));
        }
        putString(m, "descriptionHtml", p.descriptionHtml());
        putString(m, "descriptionText", p.descriptionText());
        putString(m, "sourceUrl", p.sourceUrl());
        putString(m, "canonicalUrl", p.canonicalUrl());
        putString(m, "atsVendor", p.atsVendor() == null ? null : p.atsVendor().name());
        putString(m, "vendorJobId", p.vendorJobId());
        putString(m, "datePosted", p.datePosted());
        putString(m, "validThrough", p.validThrough());
        putString(m, "structuredData", p.structuredData());
        Map<String, JsonValue> provenance = new LinkedHashMap<>();
        for (JobField field : JobField.values()) {
            String source = p.provenance().get(field);
            if (source != null) {
                provenance.put(field.name(), new JsonString(source));
            }
        }
        m.put("provenance", new JsonObject(provenance));
        return new JsonObject(m);
    }

    static JobPosting fromJson(JsonValue j) {
        List<String> locations = new ArrayList<>();
        for (JsonValue l : j.get("locations").elements()) {
            l.text().ifPresent(locations::add);
        }
        Salary salary = null;
        JsonValue s = j.get("salary");
        if (!s.isNull()) {
            salary = new Salary(s.get("min").number().orElse(null), s.get("max").number().orElse(null),
                    string(s, "currency"), enumOf(SalaryPeriod.values(), string(s, "period")));
        }
        Map<JobField, String> provenance = new EnumMap<>(JobField.class);
        j.get("provenance").members().forEach((name, source) -> {
            JobField field = enumOf(JobField.values(), name);
            if (field != null && source.text().isPresent()) {
                provenance.put(field, source.text().get());
            }
        });
        return new JobPosting(string(j, "title"), string(j, "company"), locations,
                enumOf(RemoteType.values(), string(j, "remoteType")), string(j, "employmentType"), salary,
                string(j, "descriptionHtml"), string(j, "descriptionText"), string(j, "sourceUrl"),
                string(j, "canonicalUrl"), enumOf(AtsVendor.values(), string(j, "atsVendor")), string(j, "vendorJobId"),
                string(j, "datePosted"), string(j, "validThrough"), string(j, "structuredData"), provenance);
    }

    private static String string(JsonValue object, String key) {
        return object.get(key).text().orElse(null);
    }

    /** Enum constant by name; null for unknown names (no Enum.valueOf exception, no reflection for TeaVM). */
    private static <E extends Enum<E>> E enumOf(E[] constants, String name) {
        if (name == null) {
            return null;
        }
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static void putString(Map<String, JsonValue> m, String key, String value) {
        if (value != null) {
            m.put(key, new JsonString(value));
        }
    }

    private static void putNumber(Map<String, JsonValue> m, String key, Double value) {
        m.put(key, value == null ? JsonNull.NULL : JsonNumber.of(value));
    }
}
