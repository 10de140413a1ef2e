package dev.applypilot.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Validates bearer JWTs, parsing a token and verifying its signature only the first time this instance sees it
 * (bench-http: ~10 % of the server's CPU per API request went to that). What a token says cannot change, so its
 * parsed claims and authentication are kept; what can change, is re-checked on every request: every claims
 * validator (expiry, not-before, issuer, {@link AccessTokenRevocation}'s deny-list...) runs again on the kept claims,
 * exactly as a full validation would run them. An entry is dropped no later than its token's expiry, and only tokens
 * that passed the full validation are kept, so garbage tokens cannot fill the cache.
 */
@Singleton
class CachedJwtValidator implements TokenValidator<HttpRequest<?>> {
    /** Far more than the tokens alive at once on one instance (15-minute tokens), yet a few MB at most. */
    static final int MAX_TOKENS = 10_000;

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> fullValidation;
    private final JwtAuthenticationFactory authentications;
    private final List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators;
    private final Cache<String, Validated> validated = Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.creating((String token, Validated entry) ->
                    Duration.between(Instant.now(), entry.expiresAt())))
            .build();

    /** A token that passed the full validation; {@code expiresAt} is its "exp" claim. */
    private record Validated(Claims claims, Authentication authentication, Instant expiresAt) {
    }

    CachedJwtValidator(JsonWebTokenValidator<JWT, HttpRequest<?>> fullValidation, JwtAuthenticationFactory authentications,
                       List<GenericJwtClaimsValidator<HttpRequest<?>>> claimsValidators) {
        this.fullValidation = fullValidation;
        this.authentications = authentications;
        this.claimsValidators = claimsValidators;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Validated known = validated.getIfPresent(token);
        if (known != null) {
            boolean stillValid = claimsValidators.stream().allMatch(validator -> validator.validate(known.claims(), request));
            return stillValid ? Mono.just(known.authentication()) : Mono.empty();
        }
        return Mono.justOrEmpty(validate(token, request));
    }

    private Optional<Authentication> validate(String token, HttpRequest<?> request) {
        Optional<JWT> jwt = fullValidation.validate(token, request);
        if (jwt.isEmpty()) {
            return Optional.empty();
        }
        Optional<Authentication> authentication = authentications.createAuthentication(jwt.get());
        authentication.ifPresent(valid -> remember(token, jwt.get(), valid));
        return authentication;
    }

    /** Only tokens with an expiry are kept: the entry must never outlive the token. */
    private void remember(String token, JWT jwt, Authentication authentication) {
        try {
            var claims = jwt.getJWTClaimsSet();
            Date expiration = claims.getExpirationTime();
            if (expiration != null) {
                validated.put(token, new Validated(new JwtClaimsSetAdapter(claims), authentication, expiration.toInstant()));
            }
        } catch (ParseException e) {
            // Unreachable after a successful validation, which parsed the same claims; not kept, so validated again next time.
        }
    }
}
