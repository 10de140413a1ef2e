package dev.applypilot.shared.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "Backend Engineer at Acme                                   ; -               ; -          ; Backend Engineer        ; Acme  ; -",
        "Backend Engineer - Berlin, Germany - jobs.example.com      ; -               ; -          ; Backend Engineer        ; -     ; Berlin, Germany",
        "Software Engineer - USDS - San Jose, California, US        ; -               ; -          ; Software Engineer - USDS ; -    ; San Jose, California, US",
        "Senior Test Engineer - Autonomous Driving                  ; -               ; -          ; Senior Test Engineer - Autonomous Driving ; - ; -",
        "Data Analyst - Camberwell VIC 3124 - Indeed.com            ; Data Analyst    ; -          ; Data Analyst            ; -     ; Camberwell VIC 3124",
        "Ops Lead - Platform | Careers at Globex                    ; Ops Lead - Platform ; -      ; Ops Lead - Platform     ; Globex ; -",
        "Designer | Initech                                         ; -               ; Initech    ; Designer                ; -     ; -",
        "Acme hiring QA Engineer in Remote | LinkedIn               ; -               ; -          ; QA Engineer             ; Acme  ; Remote"
    })
    void splitsCommonTitleShapes(String raw, String anchor, String siteName, String title, String company, String location) {
        assertEquals(new TitleParts(title, company, location), TitleParser.parse(raw, anchor, siteName));
    }
}
