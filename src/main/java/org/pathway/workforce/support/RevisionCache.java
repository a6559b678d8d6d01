package org.pathway.workforce.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Values read from the workforce tables, kept until the workforce revision moves (a trigger moves it on any
 * change to organisations or services). Reading the revision is one tiny query; reading a service and its
 * delivery model is six, on every referral submitted and every queue shown.
 */
public final class RevisionCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(long revision, V value) {}

    private final JdbcClient jdbc;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public RevisionCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public V get(K key, Supplier<V> load) {
        long revision = jdbc.sql("SELECT value FROM workforce.revision").query(Long.class).single();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.revision() == revision) {
            return entry.value();
        }
        V value = load.get(); // read after the revision: a change committed in between is caught next time
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(revision, value));
        return value;
    }
}
