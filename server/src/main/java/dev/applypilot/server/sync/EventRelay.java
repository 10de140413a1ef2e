package dev.applypilot.server.sync;

import dev.applypilot.shared.json.JsonNumber;
import dev.applypilot.shared.json.JsonObject;
import dev.applypilot.shared.json.JsonParser;
import dev.applypilot.shared.json.JsonString;
import dev.applypilot.shared.json.JsonValue;
import dev.applypilot.shared.json.JsonWriter;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Carries committed events to every server instance over one Redis pub/sub channel (the message names the user).
 * Publishing is fire-and-forget: if Redis is down the event is still in PostgreSQL, and clients get it on their
 * next hello, or as soon as a later event reveals the gap.
 */
@Context
public class EventRelay {
    static final String CHANNEL = "applypilot:events";
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    private final StatefulRedisConnection<String, String> redis;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final CopyOnWriteArrayList<Consumer<StoredEvent>> listeners = new CopyOnWriteArrayList<>();

    EventRelay(StatefulRedisConnection<String, String> redis, StatefulRedisPubSubConnection<String, String> pubSub) {
        this.redis = redis;
        this.pubSub = pubSub;
    }

    @PostConstruct
    void subscribe() {
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                if (CHANNEL.equals(channel)) {
                    deliver(message);
                }
            }
        });
        // Lettuce re-subscribes by itself after a reconnect.
        pubSub.async().subscribe(CHANNEL);
    }

    /** Called for every event committed on any instance, on a Redis I/O thread: listeners must not block. */
    void listen(Consumer<StoredEvent> listener) {
        listeners.add(listener);
    }

    void publish(StoredEvent event) {
        try {
            redis.async().publish(CHANNEL, encode(event)).whenComplete((receivers, failure) -> {
                if (failure != null) {
                    LOG.warn("Event {}#{} not published (clients catch up from PostgreSQL): {}", event.userId(), event.id(), failure.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Event {}#{} not published (clients catch up from PostgreSQL): {}", event.userId(), event.id(), e.getMessage());
        }
    }

    private void deliver(String message) {
        StoredEvent event;
        try {
            event = decode(message);
        } catch (RuntimeException e) {
            LOG.warn("Ignoring a malformed event message: {}", e.getMessage());
            return;
        }
        for (Consumer<StoredEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    static String encode(StoredEvent event) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("userId", new JsonString(event.userId().toString()));
        m.put("id", JsonNumber.of(event.id()));
        m.put("kind", new JsonString(event.kind()));
        m.put("createdAt", new JsonString(event.createdAt().toString()));
        m.put("payload", JsonParser.parse(event.payloadJson()));
        return JsonWriter.write(new JsonObject(m));
    }

    static StoredEvent decode(String message) {
        JsonValue json = JsonParser.parse(message);
        return new StoredEvent(UUID.fromString(json.get("userId").text().orElseThrow()),
                Long.parseLong(json.get("id").text().orElseThrow()), json.get("kind").text().orElseThrow(),
                json.get("payload").toJson(), Instant.parse(json.get("createdAt").text().orElseThrow()));
    }
}
