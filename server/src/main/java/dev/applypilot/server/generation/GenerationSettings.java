package dev.applypilot.server.generation;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code applypilot.generation.*}: which model provider writes documents (offline, openai, anthropic, gemini), where,
 * and the per-plan daily limits. The API key is read from the environment variable named by {@code api-key-env}
 * only, so it never sits in a configuration file.
 *
 * @param onFactCheckFailure "offline" (use the offline version and say so) or "reject" (error, nothing saved)
 */
@ConfigurationProperties("applypilot.generation")
public record GenerationSettings(String provider, @Nullable String baseUrl, @Nullable String model, String apiKeyEnv,
                                 Duration timeout, int maxRetries, String onFactCheckFailure,
                                 int freeDailyLimit, int proDailyLimit) {

    public boolean rejectOnFactCheckFailure() {
        return "reject".equalsIgnoreCase(onFactCheckFailure);
    }
}
