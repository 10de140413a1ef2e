package dev.applypilot.server.matching;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe least-recently-used map. */
final class Lru<K, V> {
    private final Map<K, V> entries;

    Lru(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Computes outside the lock, so a slow computation never blocks other readers. */
    V computeIfAbsent(K key, Function<K, V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    synchronized int size() {
        return entries.size();
    }
}
