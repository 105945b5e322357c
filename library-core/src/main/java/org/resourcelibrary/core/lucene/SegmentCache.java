package org.resourcelibrary.core.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Values derived from a segment's contents (not its deletions), computed once on first use and kept in the
 * heap until the segment closes: every snapshot that shares the segment shares them, and a refresh computes
 * them only for new segments.
 *
 * @param <K> what a value is of (a field, a group of fields)
 * @param <V> the value
 */
public final class SegmentCache<K, V> {

    /** Computes a value for a segment. */
    public interface Loader<V> {
        V load(LeafReader segment) throws IOException;
    }

    private final Map<IndexReader.CacheKey, Map<K, V>> cache = new ConcurrentHashMap<>();

    /**
     * The value of {@code key} in {@code segment}, computed by {@code loader} when not yet cached (two searches
     * may compute it at once; both get equal values). Readers without a core cache key are not cached.
     */
    public V get(LeafReader segment, K key, Loader<V> loader) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return loader.load(segment);
        }
        Map<K, V> values = cache.computeIfAbsent(helper.getKey(), core -> {
            helper.addClosedListener(cache::remove);
            return new ConcurrentHashMap<>();
        });
        V value = values.get(key);
        if (value == null) {
            value = loader.load(segment);
            if (value != null) {
                V earlier = values.putIfAbsent(key, value);
                value = earlier == null ? value : earlier;
            }
        }
        return value;
    }

    /** Whether anything of the segment {@code core} is cached: for tests that it goes with its segment. */
    public boolean holds(IndexReader.CacheKey core) {
        return cache.containsKey(core);
    }
}
