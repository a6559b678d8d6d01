package org.pathway.platform.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The PostgreSQL session store, with two savings on every request (decision 0012):
 * <ul>
 * <li>a request reads its session from the database once. Spring Session commits a session twice when the page is
 * larger than the response buffer (once when the response commits, again when the filter ends) and reads it again
 * the second time; inside one request ({@link SessionReadScope}) the session already read is returned instead;</li>
 * <li>a session whose only change is its last-access time is written at most once every {@link #TOUCH_INTERVAL}.
 * The idle timeout (30 minutes) therefore counts from a last access up to a minute early: a session may end up to a
 * minute sooner than it would otherwise, never later.</li>
 * </ul>
 * Everything else (attributes, sign-out, ending a user's sessions on every node) goes straight to the database.
 */
final class FrugalSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<FrugalSessionRepository.FrugalSession<S>> {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> store;

    FrugalSessionRepository(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public FrugalSession<S> createSession() {
        return new FrugalSession<>(store.createSession());
    }

    @Override
    public void save(FrugalSession<S> session) {
        store.save(session.stored);
    }

    @Override
    @SuppressWarnings("unchecked")
    public FrugalSession<S> findById(String id) {
        FrugalSession<S> read = (FrugalSession<S>) SessionReadScope.read(id);
        if (read != null && read.getId().equals(id)) {
            return read;
        }
        S stored = store.findById(id);
        if (stored == null) {
            return null;
        }
        FrugalSession<S> session = new FrugalSession<>(stored);
        SessionReadScope.remember(id, session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        SessionReadScope.forget(id);
        store.deleteById(id);
    }

    @Override
    public Map<String, FrugalSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, FrugalSession<S>> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new FrugalSession<>(session)));
        return found;
    }

    /** A stored session that ignores a new last-access time less than {@link #TOUCH_INTERVAL} after the stored one. */
    static final class FrugalSession<S extends Session> implements Session {

        private final S stored;

        FrugalSession(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(TOUCH_INTERVAL))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
