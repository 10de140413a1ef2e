package dev.applypilot.extension.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerAddressTest {
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "http://localhost:8080, http://localhost:8080",
            "http://localhost:8080/, http://localhost:8080",
            "  HTTPS://Pilot.Example.com/app/login?x=1 , https://pilot.example.com",
            "localhost:8080, http://localhost:8080",
            "127.0.0.1:9000, http://127.0.0.1:9000",
            "pilot.example.com, https://pilot.example.com",
            "ftp://example.com, NULL",
            "'', NULL",
            "https://user@evil.example, NULL"})
    void normalisesWhatTheUserTyped(String typed, String expected) {
        assertEquals(expected, ServerAddress.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080, ws://localhost:8080/ws, http://localhost/*",
            "https://pilot.example.com, wss://pilot.example.com/ws, https://pilot.example.com/*"})
    void derivesTheSocketAndPermissionPattern(String base, String socket, String pattern) {
        assertEquals(socket, ServerAddress.webSocket(base));
        assertEquals(pattern, ServerAddress.originPattern(base));
    }
}
