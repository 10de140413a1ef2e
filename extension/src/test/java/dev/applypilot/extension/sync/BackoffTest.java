package dev.applypilot.extension.sync;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {
    @ParameterizedTest(name = "attempt {0} waits {1} ms at most")
    @CsvSource({"1, 1000", "2, 2000", "3, 4000", "4, 8000", "5, 15000", "9, 15000"})
    void doublesUpToTheCap(int attempt, long ceiling) {
        Backoff backoff = new Backoff(1_000, 15_000);
        long delay = 0;
        for (int i = 0; i < attempt; i++) {
            delay = backoff.nextDelay(0.999_999);
        }
        assertEquals(ceiling, delay, 1);
    }

    @Test
    void jitterNeverGoesBelowHalfTheCeiling() {
        assertEquals(500, new Backoff(1_000, 15_000).nextDelay(0));
    }

    @Test
    void aSuccessfulConnectionStartsOver() {
        Backoff backoff = new Backoff(1_000, 15_000);
        backoff.nextDelay(0.5);
        backoff.nextDelay(0.5);
        backoff.reset();
        assertEquals(750, backoff.nextDelay(0.5));
    }
}
