package org.resourcelibrary.web.auth;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.resourcelibrary.web.auth.LibrarianSessions.Session;

/**
 * Where librarian sessions are kept: this process ({@link #inMemory()}) or the library database the web nodes
 * share ({@link SessionTable}).
 */
public interface SessionStore {

    /** Keeps the session, replacing the one with its id. */
    void save(Session session);

    Optional<Session> load(String id);

    void delete(String id);

    /**
     * Forgets the sessions last used before {@code idleBefore} or opened before {@code openedBefore}; then, while
     * more than {@code keep} remain, the least recently used.
     */
    void sweep(Instant idleBefore, Instant openedBefore, int keep);

    /** Sessions in this process's memory: what one web node needs, lost on restart. */
    static SessionStore inMemory() {
        Map<String, Session> sessions = new ConcurrentHashMap<>();
        return new SessionStore() {
            @Override
            public void save(Session session) {
                sessions.put(session.id(), session);
            }

            @Override
            public Optional<Session> load(String id) {
                return Optional.ofNullable(sessions.get(id));
            }

            @Override
            public void delete(String id) {
                sessions.remove(id);
            }

            @Override
            public void sweep(Instant idleBefore, Instant openedBefore, int keep) {
                sessions.values().removeIf(s -> s.lastUsed().isBefore(idleBefore)
                        || s.created().isBefore(openedBefore));
                while (sessions.size() > keep) {
                    sessions.values().stream().min(Comparator.comparing(Session::lastUsed))
                            .ifPresent(oldest -> sessions.remove(oldest.id()));
                }
            }
        };
    }
}
