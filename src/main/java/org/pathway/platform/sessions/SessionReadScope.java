package org.pathway.platform.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The span of one request, outside Spring Session's filter, within which a session read from the database is kept
 * and handed back when the same request asks for it again ({@link FrugalSessionRepository}). Nothing is kept
 * between requests: the next request reads the session afresh, so a sign-out or an account disabled on another
 * node takes effect at once.
 */
final class SessionReadScope extends OncePerRequestFilter {

    private static final ThreadLocal<Read> READ = new ThreadLocal<>();

    private record Read(String id, Object session) {}

    private static final Read NOTHING_YET = new Read(null, null);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Read outer = READ.get();
        READ.set(NOTHING_YET);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                READ.remove();
            } else {
                READ.set(outer);
            }
        }
    }

    /** The session this request has already read under that id, or null. */
    static Object read(String id) {
        Read read = READ.get();
        return read != null && id.equals(read.id()) ? read.session() : null;
    }

    /** Keeps the session for the rest of the request, if a request is under way on this thread. */
    static void remember(String id, Object session) {
        if (READ.get() != null) {
            READ.set(new Read(id, session));
        }
    }

    static void forget(String id) {
        Read read = READ.get();
        if (read != null && id.equals(read.id())) {
            READ.set(NOTHING_YET);
        }
    }
}
