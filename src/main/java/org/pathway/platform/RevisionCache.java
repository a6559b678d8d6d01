package org.pathway.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Values read from a module's tables, kept in this node until the module's revision moves (a statement trigger
 * moves it on any change to the tables the values come from, by any path: forms, loaders, SQL, another node).
 * Reading the revision is one tiny query; reading a service and its delivery model is six, and the order of
 * every public directory listing is a sort of 100,000 rows (decisions 0010, 0014).
 */
public final class RevisionCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(long revision, V value) {}

    private final JdbcClient jdbc;
    private final String revisionQuery;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** @param revisionTable the one-row table holding the revision, e.g. {@code workforce.revision} (a constant) */
    public RevisionCache(JdbcClient jdbc, String revisionTable) {
        if (!revisionTable.matches("[a-z_]+\\.revision")) {
            throw new IllegalArgumentException("not a revision table: " + revisionTable);
        }
        this.jdbc = jdbc;
        this.revisionQuery = "SELECT value FROM " + revisionTable;
    }

    public V get(K key, Supplier<V> load) {
        long revision = jdbc.sql(revisionQuery).query(Long.class).single();
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
