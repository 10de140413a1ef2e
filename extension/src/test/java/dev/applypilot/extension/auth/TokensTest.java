package dev.applypilot.extension.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {
    private static final String REPLY = "{\"accessToken\":\"a\",\"tokenType\":\"Bearer\",\"expiresIn\":900,"
            + "\"refreshToken\":\"r\",\"refreshExpiresIn\":2592000,\"account\":{\"id\":\"u\",\"email\":\"ada@example.com\"}}";

    @Test
    void turnsExpiryIntoAbsoluteTimesAndRefreshesAMinuteEarly() {
        Tokens tokens = Tokens.fromReply(REPLY, 1_000_000);
        assertEquals("a", tokens.accessToken());
        assertEquals("r", tokens.refreshToken());
        assertEquals("ada@example.com", tokens.email());
        assertEquals(1_900_000, tokens.accessExpiresAt());
        assertEquals(840_000, tokens.refreshDelay(1_000_000));
        assertEquals(0, tokens.refreshDelay(5_000_000));
    }

    @Test
    void anAccessTokenAboutToExpireIsNotUsed() {
        Tokens tokens = Tokens.fromReply(REPLY, 0);
        assertTrue(tokens.accessUsable(0));
        assertFalse(tokens.accessUsable(899_000));
    }

    @Test
    void aReplyWithoutTokensIsRejected() {
        assertNull(Tokens.fromReply("{\"error\":\"invalid_credentials\"}", 0));
        assertNull(Tokens.fromReply("<html>", 0));
        assertNull(Tokens.fromReply(null, 0));
    }
}
