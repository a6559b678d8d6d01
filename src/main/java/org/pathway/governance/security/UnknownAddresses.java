package org.pathway.governance.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A GET for an address no controller answers (outside the APIs), so that someone signed out gets "Page not found"
 * rather than being sent to sign in for a page that does not exist. Asks the application's request mappings the
 * way the dispatcher will, on a copy of the request so nothing it sets leaks into the real one.
 */
final class UnknownAddresses implements RequestMatcher {

    private final ListableBeanFactory beans;
    private volatile List<RequestMappingInfoHandlerMapping> mappings;

    UnknownAddresses(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/hsds") || path.startsWith("/actuator")) {
            return false;
        }
        HttpServletRequest copy = new Detached(request);
        ServletRequestPathUtils.parseAndCache(copy);
        for (RequestMappingInfoHandlerMapping mapping : mappings()) {
            try {
                if (mapping.getHandler(copy) != null) {
                    return false;
                }
            } catch (Exception mappedOtherwise) {
                return false; // e.g. the address exists for another method: not unknown
            }
        }
        return true;
    }

    private List<RequestMappingInfoHandlerMapping> mappings() {
        if (mappings == null) {
            mappings = List.copyOf(beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values());
        }
        return mappings;
    }

    /** The request with attributes of its own, so looking up a handler changes nothing on the real request. */
    private static final class Detached extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        Detached(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
