package org.pathway.support;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import org.pathway.governance.PathwayUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one way tests sign in: a MockMvc request as a user whose account is in the database ({@link #as}), or that user
 * as the {@link PathwayUser} a facade takes ({@link #user}). A test bean: autowire it, or build it from the user
 * details service.
 */
@Component
public final class SignIns {

    private final UserDetailsService users;

    public SignIns(UserDetailsService users) {
        this.users = users;
    }

    /** Signs the request in as this user, e.g. "manager". */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** The user as the facades take them, for calls made without a request. */
    public PathwayUser user(String username) {
        return (PathwayUser) users.loadUserByUsername(username);
    }
}
