package org.pathway.activities.directory;

import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may use the directory's pages ({@code @PreAuthorize} expressions), and who is looking. */
final class DirectoryAccess {

    static final String VIEW = "hasAuthority('" + Permissions.DIRECTORY_VIEW + "')";
    static final String VERIFY = "hasAuthority('" + Permissions.LISTINGS_VERIFY + "')";
    static final String MANAGE = "hasAuthority('" + Permissions.LISTINGS_MANAGE + "')";
    static final String PROPOSE = "hasAuthority('" + Permissions.LISTINGS_PROPOSE + "')";

    /** Staff with the directory, or the public (signed out), who see only the open directory's listings. */
    static final String VIEW_OR_PUBLIC = VIEW + " or isAnonymous()";

    private DirectoryAccess() {}

    /** The signed-in user, or null for the public. */
    static PathwayUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PathwayUser user ? user : null;
    }
}
