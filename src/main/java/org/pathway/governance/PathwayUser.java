package org.pathway.governance;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: role and organisation scope. Other modules take it with
 * {@code @AuthenticationPrincipal PathwayUser} and scope their queries by {@link #organisationId()}.
 */
public final class PathwayUser implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final UUID organisationId;
    private final transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    public PathwayUser(UUID id, String username, String displayName, Role role, UUID organisationId,
            String passwordHash, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The organisation this user acts for; null only for an administrator without one. */
    public UUID organisationId() {
        return organisationId;
    }

    public boolean can(String permission) {
        return role.permissions().contains(permission);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathwayUser other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PathwayUser[" + username + ", " + role + "]";
    }
}
