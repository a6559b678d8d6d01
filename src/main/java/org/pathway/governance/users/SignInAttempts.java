package org.pathway.governance.users;

import java.time.Clock;
import org.pathway.governance.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins towards lockout, resets them on success, and audits both. */
@Component
class SignInAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    SignInAttempts(UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(account -> account.signedIn(clock.instant()));
        audit.record(username, "SIGN_IN", "user", username, "signed in");
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String reason = event.getException().getClass().getSimpleName();
        accounts.findByUsername(username).ifPresent(account -> account.signInFailed(clock.instant()));
        audit.record(username, "SIGN_IN_FAILED", "user", username, reason);
    }
}
