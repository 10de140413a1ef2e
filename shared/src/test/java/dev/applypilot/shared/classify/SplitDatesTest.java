package dev.applypilot.shared.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.applypilot.shared.ats.AtsAdapters;
import dev.applypilot.shared.form.FieldDescriptor;
import dev.applypilot.shared.form.FieldOption;
import dev.applypilot.shared.form.FieldType;
import dev.applypilot.shared.form.FormDescriptor;
import dev.applypilot.shared.format.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates split into day / month / year controls, as the content script sees them: each part with its own small label
 * ("Month") and the group's legend as the section heading. The sample profile starts on 2025-03-01 and graduated
 * in 2018-09 (no day).
 */
class SplitDatesTest {

    private static final List<FieldDescriptor> BASE = List.of(
            Fields.input("text", "first_name", "", "First name"), Fields.input("text", "last_name", "", "Last name"),
            Fields.input("email", "email", "", "Email"), Fields.file("Resume/CV"));

    private static final Map<String, String> MONTHS = Map.of(
            "en", "January February March April May June July August September October November December",
            "de", "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
            "fr", "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "pl", "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
            "es", "ene feb mar abr may jun jul ago sep oct nov dic");

    @ParameterizedTest(name = "\"{0}\" {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Earliest start date     | start | Month=month-en Day=day Year=year-text    | v3 v1 2025        | legend and identifier stem are separate texts
            Available from          |       | Day=day Month=month-en0 Year=year        | v1 2 v2025        | zero-based month values: the names decide
            Verfügbar ab            |       | Tag=day Monat=month-de Jahr=year         | v1 v3 v2025       | "März"
            Disponible à partir du  |       | Jour=day Mois=month-fr Année=year        | v1 v3 v2025       |
            Data rozpoczęcia        |       | Dzień=day Miesiąc=month-pl Rok=year      | v1 v3 v2025       |
            Fecha de incorporación  |       | Día=day Mes=month-es Año=year            | v1 v3 v2025       | abbreviated names
            Start date              |       | =day-text =month-text =year-text         | 01 03 2025        | parts known only by their DD / MM / YYYY placeholders
            Graduation date         | grad  | Month=month-num Year=year                | v9 v2018          |
            Graduation date         |       | Day=day Month=month-num Year=year        | - v9 v2018        | the profile's graduation month has no day
            Date of birth           | dob   | Day=day Month=month-en Year=year         | - - -             | not a profile fact autofill fills
            Geburtsdatum            |       | Tag=day Monat=month-de Jahr=year         | - - -             |
            Your details            | dob   | Day=day Month=month-en Year=year         | - - -             | the identifier stem alone says birth date
            Education               |       | Start date=month-en Year=year            | - -               | an education period, not availability
            Membership renewal      |       | Month=month-en Year=year                 | - -               | a date the profile does not know
            """)
    void splitDatesAreFilledPartByPartOnlyForProfileDates(String legend, String stem, String parts, String expected, String note) {
        List<FieldDescriptor> group = group(legend, stem, parts);
        assertEquals(expected, planned(group), note);
    }

    @Test
    void aStartDateBesideAnEndDateIsAPeriodAndIsNotFilled() {
        List<FieldDescriptor> fields = new ArrayList<>(group("Start date", null, "Month=month-en Year=year"));
        fields.addAll(group("End date", null, "Month=month-en Year=year"));
        assertEquals("- - - -", planned(fields));
    }

    @Test
    void greenhouseEducationStartDatesAreNotAvailability() {
        // job_application[educations][][start_date][month] / [year], the first part labelled "Start Date" (legacy boards).
        List<FieldDescriptor> fields = new ArrayList<>();
        for (String part : new String[] {"month", "year"}) {
            FieldDescriptor c = control((part.equals("month") ? "Start Date" : "") + "=" + (part.equals("month") ? "month-en" : "year-text"));
            String name = "job_application[educations][][start_date][" + part + "]";
            fields.add(new FieldDescriptor(c.tag(), c.type(), name, "", "", c.label(), "", "", c.placeholder(), "", "Education",
                    c.options(), false, true, true, "", Map.of()));
        }
        assertEquals("- -", planned(fields));
    }

    @Test
    void aStartDateBesideANativeEndDateIsAPeriodToo() {
        List<FieldDescriptor> fields = new ArrayList<>(group("Start date", null, "Month=month-en Year=year"));
        fields.add(Fields.input("date", "end", "", "End date"));
        assertEquals("- - -", planned(fields));
    }

    @Test
    void adjacentDatesAreToldApartByTheirLegendsAndStems() {
        List<FieldDescriptor> fields = new ArrayList<>(group("Graduation date", "grad", "Month=month-num Year=year"));
        fields.addAll(group("Date of birth", "dob", "Day=day Month=month-en Year=year"));
        assertEquals("v9 v2018 - - -", planned(fields));
    }

    @Test
    void aLonePartIsADateOnlyWhenItsOwnLabelNamesThePart() {
        FieldDescriptor startMonth = control("Start date=month-en");
        assertEquals(FieldType.UNKNOWN, new FieldClassifier().classifyField(startMonth, AtsAdapters.GENERIC_ADAPTER).type());
        assertEquals("v2018", planned(List.of(control("Graduation year=year"))));
    }

    @Test
    void birthDatePartsSayWhyTheyAreLeftEmpty() {
        List<FieldDescriptor> fields = new ArrayList<>(BASE);
        fields.addAll(group("Date of birth", null, "Day=day Month=month-en Year=year"));
        FormClassification c = new FieldClassifier().classify(new FormDescriptor("https://jobs.example.com", fields, Set.of()));
        Classification month = c.fields().get(BASE.size() + 1);
        assertEquals(FieldType.UNKNOWN, month.type());
        assertTrue(month.explanation().contains("date of birth"), month.explanation());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Month=month-en       | MONTH |
            =month-num           | MONTH | twelve numbers 1-12
            =day                 | DAY   |
            =year                | YEAR  |
            Year=day             | -     | label and options disagree
            =year-text           | YEAR  |
            Graduation year=text | YEAR  | the label's last word
            Years of experience=text | - |
            """)
    void aPartIsReadFromTheControlAlone(String spec, String expected, String note) {
        DatePart part = DatePart.of(control(spec));
        assertEquals(expected, part == null ? "-" : part.name(), note);
    }

    /** Plans BASE + the fields and returns the planned values of the fields ("-" for abstain), space-separated. */
    private static String planned(List<FieldDescriptor> extra) {
        List<FieldDescriptor> fields = new ArrayList<>(BASE);
        fields.addAll(extra);
        FormDescriptor form = new FormDescriptor("https://jobs.example.com/apply", fields, Set.of());
        List<FillDecision> plan = FillPlanner.plan(form, new FieldClassifier().classify(form), Profiles.sample(), FillOptions.defaults());
        List<String> out = new ArrayList<>();
        for (FillDecision d : plan.subList(BASE.size(), plan.size())) {
            out.add(d.fills() ? d.value() : "-");
        }
        return String.join(" ", out);
    }

    /**
     * Controls of one date under a legend; {@code parts} = "Label=kind ..." (label may be empty); with a {@code stem}
     * the parts are named like {@code dob_day}.
     */
    private static List<FieldDescriptor> group(String legend, String stem, String parts) {
        List<FieldDescriptor> out = new ArrayList<>();
        for (String spec : splitSpecs(parts)) {
            FieldDescriptor c = control(spec);
            String kind = spec.substring(spec.indexOf('=') + 1);
            String name = stem == null ? "" : stem + "_" + (kind.startsWith("day") ? "day" : kind.startsWith("month") ? "month" : "year");
            out.add(new FieldDescriptor(c.tag(), c.type(), name, name, c.autocomplete(), c.label(), c.ariaLabel(), "",
                    c.placeholder(), "", legend, c.options(), false, true, true, "", Map.of()));
        }
        return out;
    }

    /** "Start date=month-en Year=year" has a label with a space: a spec ends at a word containing '='. */
    private static List<String> splitSpecs(String parts) {
        List<String> specs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : Text.splitOn(parts, ' ')) {
            cur.append(cur.length() > 0 ? " " : "").append(w);
            if (w.contains("=")) {
                specs.add(cur.toString());
                cur.setLength(0);
            }
        }
        return specs;
    }

    private static FieldDescriptor control(String spec) {
        int eq = spec.indexOf('=');
        String label = spec.substring(0, eq).trim();
        String kind = spec.substring(eq + 1).trim();
        List<FieldOption> options = new ArrayList<>();
        options.add(new FieldOption("", "Select..."));
        String placeholder = "";
        switch (kind) {
            case "day" -> numbers(options, 1, 31, false);
            case "month-num" -> numbers(options, 1, 12, true);
            case "year" -> numbers(options, 2000, 2030, false);
            case "month-en0" -> {
                List<String> names = Text.splitOn(MONTHS.get("en"), ' ');
                for (int m = 0; m < 12; m++) {
                    options.add(new FieldOption(String.valueOf(m), names.get(m)));
                }
            }
            case "day-text" -> placeholder = "DD";
            case "month-text" -> placeholder = "MM";
            case "year-text" -> placeholder = "YYYY";
            case "text" -> placeholder = "";
            default -> {
                List<String> names = Text.splitOn(MONTHS.get(kind.substring("month-".length())), ' ');
                for (int m = 0; m < 12; m++) {
                    options.add(new FieldOption("v" + (m + 1), names.get(m)));
                }
            }
        }
        boolean text = kind.endsWith("text");
        return new FieldDescriptor(text ? "input" : "select", text ? "text" : "select", "", "", "", label, "", "", placeholder, "", "",
                text ? List.of() : options, false, true, true, "", Map.of());
    }

    private static void numbers(List<FieldOption> options, int from, int to, boolean twoDigits) {
        for (int n = from; n <= to; n++) {
            options.add(new FieldOption("v" + n, twoDigits && n < 10 ? "0" + n : String.valueOf(n)));
        }
    }
}
