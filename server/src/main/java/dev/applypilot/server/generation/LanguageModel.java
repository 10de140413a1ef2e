package dev.applypilot.server.generation;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The configured chat model, built once from {@link GenerationSettings} with langchain4j (timeouts and retries are
 * langchain4j's), or none in offline mode. Answers are parsed as JSON; any failure becomes a
 * {@link ProviderUnavailableException} or {@link ModelAnswerInvalidException}.
 */
@Singleton
public class LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModel.class);

    private final GenerationSettings settings;
    private final JsonMapper json;
    private final String provider;
    private final ChatModel model;

    public LanguageModel(GenerationSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.provider = settings.provider() == null ? "offline" : settings.provider().strip().toLowerCase(Locale.ROOT);
        this.model = build();
    }

    /** Offline when no provider is configured. */
    public boolean offline() {
        return model == null;
    }

    /** "offline" or "openai:gpt-4o-mini", as stored with each document. */
    public String describe() {
        return offline() ? "offline" : provider + ":" + modelName();
    }

    /** Asks the model and binds its JSON answer to {@code type}. */
    <T> T ask(String system, String user, Class<T> type) {
        String answer;
        try {
            answer = model.chat(SystemMessage.from(system), UserMessage.from(user)).aiMessage().text();
        } catch (AuthenticationException e) {
            throw new ProviderUnavailableException(describe(), "it refused the API key (" + settings.apiKeyEnv() + ").");
        } catch (RuntimeException e) {
            LOG.warn("Model call to {} failed: {}", describe(), e.toString());
            throw new ProviderUnavailableException(describe(), reason(e));
        }
        return parse(answer, type);
    }

    <T> T parse(String answer, Class<T> type) {
        String body = jsonObject(answer == null ? "" : answer);
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw new ModelAnswerInvalidException("the answer was empty");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelAnswerInvalidException invalid) {
                throw invalid;
            }
            throw new ModelAnswerInvalidException("the answer was not the JSON asked for");
        }
    }

    /** The outermost JSON object in a model answer, without code fences or chatter around it. */
    static String jsonObject(String answer) {
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        return start >= 0 && end > start ? answer.substring(start, end + 1) : answer;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            if (name.contains("timeout")) {
                return "it timed out.";
            }
            if (t instanceof java.net.ConnectException || name.contains("connect")) {
                return "it could not be reached.";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    private String modelName() {
        if (settings.model() != null && !settings.model().isBlank()) {
            return settings.model().strip();
        }
        return switch (provider) {
            case "anthropic" -> "claude-3-5-haiku-latest";
            case "gemini" -> "gemini-2.0-flash";
            default -> "gpt-4o-mini";
        };
    }

    private ChatModel build() {
        String key = Optional.ofNullable(settings.apiKeyEnv()).map(System::getenv).filter(k -> !k.isBlank()).orElse(null);
        String baseUrl = settings.baseUrl() == null || settings.baseUrl().isBlank() ? null : settings.baseUrl().strip();
        return switch (provider) {
            case "offline", "" -> null;
            // Local OpenAI-compatible servers (Ollama, llama.cpp) need no key but the client insists on one.
            case "openai" -> OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(key == null ? "not-needed" : key)
                    .modelName(modelName()).timeout(settings.timeout()).maxRetries(settings.maxRetries())
                    .temperature(0.2).build();
            case "anthropic" -> AnthropicChatModel.builder().baseUrl(baseUrl).apiKey(required(key))
                    .modelName(modelName()).timeout(settings.timeout()).maxRetries(settings.maxRetries())
                    .maxTokens(4096).temperature(0.2).build();
            case "gemini" -> GoogleAiGeminiChatModel.builder().baseUrl(baseUrl).apiKey(required(key))
                    .modelName(modelName()).timeout(settings.timeout()).maxRetries(settings.maxRetries())
                    .temperature(0.2).build();
            default -> throw new IllegalStateException("applypilot.generation.provider must be offline, openai, "
                    + "anthropic or gemini, not '" + settings.provider() + "'");
        };
    }

    private String required(String key) {
        if (key == null) {
            throw new IllegalStateException("applypilot.generation.provider is " + provider + " but the environment "
                    + "variable " + settings.apiKeyEnv() + " holding its API key is not set");
        }
        return key;
    }
}
