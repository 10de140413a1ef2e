package dev.applypilot.shared.profile;

import dev.applypilot.shared.json.JsonArray;
import dev.applypilot.shared.json.JsonBool;
import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@link Profile} as JSON, in the shape Micronaut serde gives these records on the server: member names are the
 * record component names (camelCase), enums are written by name, and {@code null} or empty values are omitted
 * (serde's default {@code NON_EMPTY} inclusion). Reading accepts both omitted and explicit {@code null}/empty
 * members, ignores unknown members and turns unknown enum names into {@code null} ("unknown"), so a newer server
 * never breaks an older extension. Hand-written (no reflection) because it also runs in the extension under TeaVM.
 */
public final class ProfileJson {

    private ProfileJson() {
    }

    /** Compact JSON text of the profile. */
    public static String write(Profile profile) {
        return toJson(profile).toJson();
    }

    /** Parses JSON text written by {@link #write} or by the server. */
    public static Profile parse(String json) {
        return fromJson(JsonParser.parse(json));
    }

    /** The profile as a JSON tree. */
    public static JsonValue toJson(Profile p) {
        Obj o = new Obj();
        o.put("contact", contact(p.contact()));
        o.put("links", list(p.links(), ProfileJson::link));
        o.put("work", list(p.work(), ProfileJson::work));
        o.put("education", list(p.education(), ProfileJson::education));
        o.put("skills", list(p.skills(), ProfileJson::skill));
        o.put("languages", list(p.languages(), l -> new Obj().str("language", l.language()).en("level", l.level()).json()));
        o.put("certifications", list(p.certifications(), c -> new Obj().str("name", c.name()).str("issuer", c.issuer())
                .str("issued", c.issued()).str("expires", c.expires()).json()));
        o.put("screening", screening(p.screening()));
        return o.json();
    }

    /** Reads a profile from a JSON tree; a non-object yields an empty profile. */
    public static Profile fromJson(JsonValue j) {
        return new Profile(readContact(j.get("contact")),
                readList(j.get("links"), l -> new Link(en(LinkType.values(), l.get("type")), str(l.get("url")), str(l.get("label")))),
                readList(j.get("work"), w -> new WorkExperience(str(w.get("title")), str(w.get("company")), str(w.get("location")),
                        str(w.get("start")), str(w.get("end")), bool(w.get("current")) == Boolean.TRUE,
                        readList(w.get("bullets"), ProfileJson::str))),
                readList(j.get("education"), e -> new Education(str(e.get("school")), str(e.get("degree")), str(e.get("discipline")),
                        str(e.get("start")), str(e.get("end")))),
                readList(j.get("skills"), s -> new Skill(str(s.get("name")), integer(s.get("years")), en(SkillLevel.values(), s.get("level")))),
                readList(j.get("languages"), l -> new LanguageSkill(str(l.get("language")), en(LanguageLevel.values(), l.get("level")))),
                readList(j.get("certifications"), c -> new Certification(str(c.get("name")), str(c.get("issuer")), str(c.get("issued")),
                        str(c.get("expires")))),
                readScreening(j.get("screening")));
    }

    // ---- writing

    private static JsonValue contact(Contact c) {
        if (c == null) {
            return null;
        }
        Phone ph = c.phone();
        Address a = c.address();
        return new Obj().str("givenName", c.givenName()).str("familyName", c.familyName()).str("preferredName", c.preferredName())
                .str("email", c.email())
                .put("phone", ph == null ? null : new Obj().str("e164", ph.e164()).str("display", ph.display()).json())
                .put("address", a == null ? null : new Obj().str("line1", a.line1()).str("line2", a.line2()).str("city", a.city())
                        .str("region", a.region()).str("country", a.country()).str("postalCode", a.postalCode()).json())
                .json();
    }

    private static JsonValue link(Link l) {
        return new Obj().en("type", l.type()).str("url", l.url()).str("label", l.label()).json();
    }

    private static JsonValue work(WorkExperience w) {
        return new Obj().str("title", w.title()).str("company", w.company()).str("location", w.location()).str("start", w.start())
                .str("end", w.end()).put("current", JsonBool.of(w.current()))
                .put("bullets", list(w.bullets(), JsonString::new)).json();
    }

    private static JsonValue education(Education e) {
        return new Obj().str("school", e.school()).str("degree", e.degree()).str("discipline", e.discipline()).str("start", e.start())
                .str("end", e.end()).json();
    }

    private static JsonValue skill(Skill s) {
        return new Obj().str("name", s.name()).num("years", s.years()).en("level", s.level()).json();
    }

    private static JsonValue screening(ScreeningFacts s) {
        if (s == null) {
            return null;
        }
        Obj auth = new Obj();
        // Sorted so the same profile always gives the same text.
        new TreeMap<>(s.workAuthorization()).forEach((country, value) -> auth.en(country, value));
        List<JsonValue> modes = new ArrayList<>();
        for (WorkMode m : WorkMode.values()) {
            if (s.workModes().contains(m)) {
                modes.add(new JsonString(m.name()));
            }
        }
        SalaryExpectation pay = s.salary();
        Eeo eeo = s.eeo();
        return new Obj().put("workAuthorization", auth.json()).put("sponsorshipNow", boolOf(s.sponsorshipNow()))
                .put("sponsorshipFuture", boolOf(s.sponsorshipFuture())).put("willingToRelocate", boolOf(s.willingToRelocate()))
                .put("workModes", modes.isEmpty() ? null : new JsonArray(modes)).str("earliestStartDate", s.earliestStartDate())
                .num("noticePeriodDays", s.noticePeriodDays())
                .put("salary", pay == null ? null : new Obj().num("min", pay.min()).num("max", pay.max()).str("currency", pay.currency())
                        .en("period", pay.period()).json())
                .num("yearsOfExperience", s.yearsOfExperience()).put("over18", boolOf(s.over18()))
                .put("securityClearance", boolOf(s.securityClearance()))
                .put("eeo", eeo == null ? null : new Obj().en("gender", eeo.gender()).en("raceEthnicity", eeo.raceEthnicity())
                        .en("veteran", eeo.veteran()).en("disability", eeo.disability()).json())
                .json();
    }

    private static <T> JsonValue list(List<T> items, Function<T, JsonValue> each) {
        if (items.isEmpty()) {
            return null;
        }
        List<JsonValue> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(each.apply(item));
        }
        return new JsonArray(out);
    }

    private static JsonValue boolOf(Boolean b) {
        return b == null ? null : JsonBool.of(b);
    }

    /** Object builder that drops null and empty values (serde's NON_EMPTY). */
    private static final class Obj {
        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        Obj put(String key, JsonValue value) {
            boolean empty = value == null || value.isNull()
                    || value instanceof JsonObject o && o.members().isEmpty()
                    || value instanceof JsonArray a && a.elements().isEmpty();
            if (!empty) {
                members.put(key, value);
            }
            return this;
        }

        Obj str(String key, String value) {
            return put(key, value == null || value.isEmpty() ? null : new JsonString(value));
        }

        Obj num(String key, Number value) {
            return put(key, value == null ? null : JsonNumber.of(value.longValue()));
        }

        Obj en(String key, Enum<?> value) {
            return put(key, value == null ? null : new JsonString(value.name()));
        }

        JsonValue json() {
            return new JsonObject(members);
        }
    }

    // ---- reading

    private static Contact readContact(JsonValue c) {
        if (!(c instanceof JsonObject)) {
            return null;
        }
        JsonValue ph = c.get("phone");
        JsonValue a = c.get("address");
        return new Contact(str(c.get("givenName")), str(c.get("familyName")), str(c.get("preferredName")), str(c.get("email")),
                ph instanceof JsonObject ? new Phone(str(ph.get("e164")), str(ph.get("display"))) : null,
                a instanceof JsonObject ? new Address(str(a.get("line1")), str(a.get("line2")), str(a.get("city")), str(a.get("region")),
                        str(a.get("country")), str(a.get("postalCode"))) : null);
    }

    private static ScreeningFacts readScreening(JsonValue s) {
        if (!(s instanceof JsonObject)) {
            return null;
        }
        Map<String, WorkAuthorization> auth = new LinkedHashMap<>();
        s.get("workAuthorization").members().forEach((country, value) -> {
            WorkAuthorization w = en(WorkAuthorization.values(), value);
            if (w != null) {
                auth.put(country, w);
            }
        });
        Set<WorkMode> modes = EnumSet.noneOf(WorkMode.class);
        for (JsonValue m : s.get("workModes").elements()) {
            WorkMode mode = en(WorkMode.values(), m);
            if (mode != null) {
                modes.add(mode);
            }
        }
        JsonValue pay = s.get("salary");
        JsonValue eeo = s.get("eeo");
        return new ScreeningFacts(auth, bool(s.get("sponsorshipNow")), bool(s.get("sponsorshipFuture")),
                bool(s.get("willingToRelocate")), modes, str(s.get("earliestStartDate")), integer(s.get("noticePeriodDays")),
                pay instanceof JsonObject ? new SalaryExpectation(longOf(pay.get("min")), longOf(pay.get("max")), str(pay.get("currency")),
                        en(PayPeriod.values(), pay.get("period"))) : null,
                integer(s.get("yearsOfExperience")), bool(s.get("over18")), bool(s.get("securityClearance")),
                eeo instanceof JsonObject ? new Eeo(en(Eeo.Gender.values(), eeo.get("gender")),
                        en(Eeo.RaceEthnicity.values(), eeo.get("raceEthnicity")), en(Eeo.VeteranStatus.values(), eeo.get("veteran")),
                        en(Eeo.DisabilityStatus.values(), eeo.get("disability"))) : null);
    }

    private static <T> List<T> readList(JsonValue array, Function<JsonValue, T> each) {
        List<T> out = new ArrayList<>();
        if (array instanceof JsonArray a) {
            for (JsonValue v : a.elements()) {
                T item = each.apply(v);
                if (item != null) {
                    out.add(item);
                }
            }
        }
        return out;
    }

    private static String str(JsonValue v) {
        return v instanceof JsonString s ? s.value() : null;
    }

    private static Boolean bool(JsonValue v) {
        return v instanceof JsonBool b ? b.value() : null;
    }

    private static Long longOf(JsonValue v) {
        if (!(v instanceof JsonNumber n)) {
            return null;
        }
        // Whole numbers only (no Double.parseDouble: it would add TeaVM's float parser to the content script);
        // a fraction is cut off, an exponent or an out-of-range value is "unknown".
        String lexeme = n.lexeme();
        int dot = lexeme.indexOf('.');
        String whole = dot >= 0 ? lexeme.substring(0, dot) : lexeme;
        if (whole.indexOf('e') >= 0 || whole.indexOf('E') >= 0 || lexeme.indexOf('e') >= 0 || lexeme.indexOf('E') >= 0
                || whole.length() > 18) {
            return null;
        }
        return Long.parseLong(whole);
    }

    private static Integer integer(JsonValue v) {
        Long l = longOf(v);
        return l == null ? null : (int) (long) l;
    }

    /** Enum constant by name; unknown or missing names are {@code null} (no Enum.valueOf exception, no reflection). */
    private static <E extends Enum<E>> E en(E[] constants, JsonValue v) {
        String name = str(v);
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
}
