package fr.qlod.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What was read for the most recently asked subjects and searches (their question rows, a deputy's
 * mandates, a subject's figures), kept only when the store cannot change while served ({@link
 * Site#readOnly}): a busy deputy's or ministry's page, or a search refined facet by facet, then reads
 * the store once instead of at every click. Requests that miss the same key at once wait for one
 * read instead of each reading it (eight clients opening a cold page read it once, not eight times).
 */
final class RowCache<V> {
    private final Map<String, V> kept;
    private final Map<String, Object> reading = new ConcurrentHashMap<>();

    RowCache(Site site, int size) {
        this.kept = site.readOnly()
                ? Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                        return size() > size;
                    }
                })
                : null;
    }

    /** What is kept for the key, or null (nothing kept, or no cache). */
    V peek(String key) {
        return kept == null ? null : kept.get(key);
    }

    V get(String key, Supplier<V> read) {
        if (kept == null) {
            return read.get();
        }
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        Object lock = reading.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                known = kept.get(key);
                if (known == null) {
                    known = read.get();
                    kept.put(key, known);
                }
                return known;
            }
        } finally {
            reading.remove(key, lock);
        }
    }
}
