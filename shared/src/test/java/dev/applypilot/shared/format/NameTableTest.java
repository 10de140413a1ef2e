package dev.applypilot.shared.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameTableTest {

    @Test
    void englishNamesOfCountriesAndStatesArePlainAsciiAndTitleCased() {
        int named = 0;
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                String code = "" + a + b;
                for (String name : new String[] {Countries.englishName(code), UsStates.name(code)}) {
                    if (name == null) {
                        continue;
                    }
                    named++;
                    assertTrue(name.chars().allMatch(c -> c == ' ' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'), name);
                    assertEquals(unicodeTitleCase(name.toLowerCase(java.util.Locale.ROOT)), name);
                }
            }
        }
        assertTrue(named > 90, "countries and states found: " + named);
    }

    // The title case displayName gave before it went ASCII-only.
    private static String unicodeTitleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return sb.toString();
    }
}
