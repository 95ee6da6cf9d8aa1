package fr.qlod.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The question rows of the most recently asked subjects and searches, kept only when the store
 * cannot change while served ({@link Site#readOnly}): a busy deputy's or ministry's page, or a
 * search refined facet by facet, then reads the store once instead of at every click.
 */
final class RowCache {
    private final Map<String, List<QuestionRow>> rows;

    RowCache(Site site, int size) {
        this.rows = site.readOnly() ? lru(size) : null;
    }

    /** A synchronized map keeping the {@code size} most recently used entries. */
    static <V> Map<String, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        });
    }

    List<QuestionRow> get(String key, Supplier<List<QuestionRow>> read) {
        if (rows == null) {
            return read.get();
        }
        List<QuestionRow> known = rows.get(key);
        if (known == null) {
            known = read.get();
            rows.put(key, known);
        }
        return known;
    }
}
