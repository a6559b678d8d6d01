package org.pathway.governance.users;

import java.util.UUID;
import org.pathway.governance.Accounts;
import org.pathway.governance.AuditLog;
import org.pathway.governance.OrganisationScopes;
import org.pathway.governance.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountsService implements Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final OrganisationScopes organisations;

    AccountsService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, JdbcClient jdbc,
            OrganisationScopes organisations) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    @Transactional
    public UUID ensureAccount(NewAccount request) {
        return accounts.findByUsername(request.username()).map(UserAccount::getId).orElseGet(() -> {
            UserAccount account = accounts.save(new UserAccount(request.username(), request.displayName(),
                    request.email(), passwordEncoder.encode(request.rawPassword()), request.role(),
                    request.organisationId()));
            audit.record("system", "CREATE", "user", account.getUsername(), "account created as " + request.role());
            return account.getId();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, AccountHolder> holders(java.util.Collection<String> usernames) {
        java.util.Map<String, AccountHolder> found = new java.util.LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        java.util.Map<UUID, String> organisationNames = new java.util.HashMap<>();
        jdbc.sql("SELECT username, display_name, role, organisation_id FROM governance.user_account WHERE username = ANY (?)")
                .param(usernames.stream().distinct().toArray(String[]::new))
                .query(rs -> {
                    UUID organisation = rs.getObject("organisation_id", UUID.class);
                    String organisationName = organisation == null ? null : organisationNames.computeIfAbsent(
                            organisation, id -> organisations.nameOf(id).orElse(null));
                    found.put(rs.getString("username"), new AccountHolder(rs.getString("username"),
                            rs.getString("display_name"), Role.valueOf(rs.getString("role")), organisationName));
                });
        return found;
    }
}
