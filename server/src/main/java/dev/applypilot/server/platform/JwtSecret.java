package dev.applypilot.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 signing secret: {@code JWT_SECRET} when set (all instances of a deployment must share it), otherwise one
 * generated once and kept in the data directory so tokens survive a restart. HS256 needs at least 256 bits; a
 * shorter secret would only fail at the first sign-in, so it is refused at start.
 */
final class JwtSecret {
    static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final int MIN_BYTES = 32;

    private JwtSecret() {
    }

    static String resolve() {
        String configured = System.getProperty(PROPERTY, System.getenv("JWT_SECRET"));
        if (configured != null && !configured.isBlank()) {
            if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                throw new IllegalStateException("JWT_SECRET must be at least " + MIN_BYTES + " bytes (HS256 needs 256 bits)");
            }
            return configured;
        }
        Path file = DataDirectory.resolve().resolve("jwt-secret");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the JWT secret in " + file + "; set JWT_SECRET instead", e);
        }
    }
}
