package dev.applypilot.server.work;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryBackoffTest {
    @ParameterizedTest
    @CsvSource({
            "1, 60",
            "2, 120",
            "3, 240",
            "0, 60",     // never delivered (a forced claim): treated as a first delivery
            "6, 1800",   // 60 x 32 = 1920 s, capped at the 30 min maximum
            "60, 1800",  // far past the cap: no overflow
    })
    void doublesTheIdleTimeWithEachDeliveryUpToTheMaximum(long deliveries, long seconds) {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(60), 2, Duration.ofMinutes(30));
        assertEquals(Duration.ofSeconds(seconds), backoff.idleBefore(deliveries));
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "5"})
    void aFactorOfOneRetriesEveryClaimIdle(long deliveries) {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(60), 1, Duration.ofMinutes(30));
        assertEquals(Duration.ofSeconds(60), backoff.idleBefore(deliveries));
    }
}
