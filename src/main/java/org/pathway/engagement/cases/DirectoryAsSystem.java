package org.pathway.engagement.cases;

import java.util.function.Supplier;
import org.pathway.governance.Permissions;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the service directory (no personal data) where no user is signed in, such as in an event listener. The
 * previous identity is put back afterwards.
 */
final class DirectoryAsSystem {

    private DirectoryAsSystem() {}

    static <T> T directory(Supplier<T> read) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext directory = SecurityContextHolder.createEmptyContext();
        directory.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("pathway:engagement", null,
                AuthorityUtils.createAuthorityList(Permissions.SERVICES_VIEW)));
        SecurityContextHolder.setContext(directory);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
