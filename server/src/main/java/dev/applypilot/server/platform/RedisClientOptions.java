package dev.applypilot.server.platform;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * While Redis is unreachable, Lettuce by default queues commands until they time out, so every request that
 * checks a rate limit or a revocation would stall. Rejecting at once lets those callers fail open immediately;
 * the connection still reconnects in the background when Redis is back.
 */
@Singleton
class RedisClientOptions implements BeanCreatedEventListener<RedisClient> {
    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        return client;
    }
}
