package org.pathway.governance.users;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.governance.OrganisationScopes.ScopeOption;
import org.pathway.governance.OrganisationScopes;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.Text;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on sign-in accounts: find, create, change role and organisation, disable
 * and enable, unlock, reset the password. Every change is audited (never with a password or hash)
 * and every method needs {@link Permissions#USERS_MANAGE}, whatever the URL rules say.
 */
@Service
@PreAuthorize("hasAuthority('" + Permissions.USERS_MANAGE + "')")
class UserAdministration {

    static final int PAGE_SIZE = 25;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationScopes scopes;
    private final AuditLog audit;
    private final SignedInSessions sessions;
    private final Clock clock;

    UserAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, OrganisationScopes scopes,
            AuditLog audit, SignedInSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.scopes = scopes;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** One page (numbered from 1) of accounts matching the text (username or name) and role, if given. */
    @Transactional(readOnly = true)
    public Page<UserView> search(String text, Optional<Role> role, int pageNumber) {
        String pattern = "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        Set<Role> roles = role.map(EnumSet::of).orElseGet(() -> EnumSet.allOf(Role.class));
        Page<UserAccount> page = accounts.search(pattern, roles, PageRequest.of(Math.max(pageNumber, 1) - 1, PAGE_SIZE));
        Map<UUID, String> names = new HashMap<>();
        page.forEach(a -> {
            if (a.getOrganisationId() != null) {
                names.computeIfAbsent(a.getOrganisationId(), id -> scopes.nameOf(id).orElse("Unknown organisation"));
            }
        });
        Instant now = clock.instant();
        return page.map(a -> view(a, a.getOrganisationId() == null ? null : names.get(a.getOrganisationId()), now));
    }

    @Transactional(readOnly = true)
    public UserView find(UUID id) {
        UserAccount account = load(id);
        return view(account, organisationName(account.getOrganisationId()), clock.instant());
    }

    @Transactional(readOnly = true)
    public EditUserForm editFormFor(UUID id) {
        return EditUserForm.of(load(id));
    }

    /** The organisations an account can be scoped to, for the forms. */
    public List<ScopeOption> organisationOptions() {
        return scopes.options();
    }

    @Transactional
    public UUID create(NewUserForm form) {
        List<Refusal.Problem> problems = new ArrayList<>();
        Role role = parseRole(form.role(), problems);
        UUID organisationId = parseOrganisation(role, form.organisationId(), problems);
        String username = form.username().strip();
        if (accounts.findByUsername(username).isPresent()) {
            problems.add(new Refusal.Problem("username", "A user with this username already exists"));
        }
        PasswordRules.problem(username, form.password())
                .ifPresent(message -> problems.add(new Refusal.Problem("password", message)));
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        UserAccount account;
        try {
            account = accounts.saveAndFlush(new UserAccount(username, form.displayName().strip(),
                    Text.blankToNull(form.email()), passwordEncoder.encode(form.password()), role, organisationId));
        } catch (DataIntegrityViolationException e) {
            throw Refusal.of("username", "A user with this username already exists");
        }
        audit.changed("user", account.getUsername(), "account created: role " + role.label() + ", organisation "
                + describeOrganisation(organisationId));
        return account.getId();
    }

    @Transactional
    public String update(UUID id, EditUserForm form) {
        UserAccount account = load(id);
        List<Refusal.Problem> problems = new ArrayList<>();
        Role role = parseRole(form.role(), problems);
        UUID organisationId = parseOrganisation(role, form.organisationId(), problems);
        boolean self = isCurrentUser(account);
        if (self && role != null && role != account.getRole()) {
            problems.add(new Refusal.Problem("role", "You cannot change your own role"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        String displayName = form.displayName().strip();
        String email = Text.blankToNull(form.email());
        List<String> changes = new ArrayList<>();
        if (!displayName.equals(account.getDisplayName())) {
            changes.add("display name changed from '" + account.getDisplayName() + "' to '" + displayName + "'");
        }
        if (!Objects.equals(email, account.getEmail())) {
            changes.add("email changed");
        }
        boolean accessChanged = false;
        if (role != account.getRole()) {
            changes.add("role changed from " + account.getRole().label() + " to " + role.label());
            accessChanged = true;
        }
        if (!Objects.equals(organisationId, account.getOrganisationId())) {
            changes.add("organisation changed from " + describeOrganisation(account.getOrganisationId()) + " to "
                    + describeOrganisation(organisationId));
            accessChanged = true;
        }
        if (changes.isEmpty()) {
            return account.getUsername();
        }
        account.update(displayName, email, role, organisationId);
        accounts.flush();
        if (accessChanged && !self) {
            int ended = sessions.endAllFor(account.getUsername());
            if (ended > 0) {
                changes.add("signed out of " + ended + " session(s)");
            }
        }
        audit.changed("user", account.getUsername(), String.join("; ", changes));
        return account.getUsername();
    }

    @Transactional
    public String disable(UUID id) {
        UserAccount account = load(id);
        if (isCurrentUser(account)) {
            throw Refusal.because("You cannot disable your own account");
        }
        if (account.isEnabled()) {
            account.disable();
            accounts.flush();
            sessions.endAllFor(account.getUsername());
            audit.changed("user", account.getUsername(), "account disabled; signed out everywhere");
        }
        return account.getUsername();
    }

    @Transactional
    public String enable(UUID id) {
        UserAccount account = load(id);
        if (!account.isEnabled()) {
            account.enable();
            accounts.flush();
            audit.changed("user", account.getUsername(), "account enabled");
        }
        return account.getUsername();
    }

    @Transactional
    public String unlock(UUID id) {
        UserAccount account = load(id);
        if (account.getLockedUntil() != null || account.getFailedAttempts() > 0) {
            boolean wasLocked = account.isLocked(clock.instant());
            account.unlock();
            accounts.flush();
            audit.changed("user", account.getUsername(),
                    wasLocked ? "account unlocked" : "failed sign-in attempts cleared");
        }
        return account.getUsername();
    }

    @Transactional
    public String resetPassword(UUID id, PasswordForm form) {
        UserAccount account = load(id);
        PasswordRules.problem(account.getUsername(), form.password()).ifPresent(message -> {
            throw Refusal.of("password", message);
        });
        account.changePassword(passwordEncoder.encode(form.password()));
        accounts.flush();
        String detail = "password reset by an administrator";
        if (!isCurrentUser(account)) {
            sessions.endAllFor(account.getUsername());
            detail += "; signed out everywhere";
        }
        audit.changed("user", account.getUsername(), detail);
        return account.getUsername();
    }

    private UserAccount load(UUID id) {
        return accounts.findById(id).orElseThrow(() -> NotFound.of("user account", id));
    }

    private UserView view(UserAccount a, String organisationName, Instant now) {
        return new UserView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRole(),
                a.getOrganisationId(), organisationName, a.isEnabled(), a.isLocked(now), a.getLockedUntil(),
                a.getLastSignInAt(), a.getCreatedAt(), a.getFailedAttempts());
    }

    private String organisationName(UUID organisationId) {
        return organisationId == null ? null : scopes.nameOf(organisationId).orElse("Unknown organisation");
    }

    private String describeOrganisation(UUID organisationId) {
        return organisationId == null ? "none" : organisationName(organisationId) + " (" + organisationId + ")";
    }

    private static Role parseRole(String value, List<Refusal.Problem> problems) {
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst();
        if (role.isEmpty() && value != null && !value.isBlank()) {
            problems.add(new Refusal.Problem("role", "Select a role from the list"));
        }
        return role.orElse(null);
    }

    private UUID parseOrganisation(Role role, String value, List<Refusal.Problem> problems) {
        if (value == null || value.isBlank()) {
            if (role != null && role != Role.ADMINISTRATOR) {
                problems.add(new Refusal.Problem("organisationId",
                        "Select the organisation this user works for"));
            }
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new Refusal.Problem("organisationId", "Select an organisation from the list"));
            return null;
        }
        if (scopes.nameOf(id).isEmpty()) {
            problems.add(new Refusal.Problem("organisationId", "Select an organisation from the list"));
            return null;
        }
        return id;
    }

    private static boolean isCurrentUser(UserAccount account) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PathwayUser user) {
            return user.id().equals(account.getId());
        }
        return auth != null && account.getUsername().equalsIgnoreCase(auth.getName());
    }


    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
