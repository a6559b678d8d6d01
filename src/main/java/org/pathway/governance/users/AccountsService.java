package org.pathway.governance.users;

import java.util.UUID;
import org.pathway.governance.Accounts;
import org.pathway.governance.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountsService implements Accounts {

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    AccountsService(UserAccounts accounts, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.accounts = accounts;
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
}
