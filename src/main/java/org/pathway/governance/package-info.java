/**
 * Governance: who may sign in, what each role may do and see, and the tamper-evident audit log of
 * every view and change of a person's data. Its public surface is {@link org.pathway.governance.Role},
 * {@link org.pathway.governance.Permissions}, {@link org.pathway.governance.PathwayUser},
 * {@link org.pathway.governance.AuditLog} and {@link org.pathway.governance.Accounts}, and two ports other modules
 * implement: {@link org.pathway.governance.OrganisationScopes} (workforce) and
 * {@link org.pathway.governance.AuditSubjects} (the modules that own audited records). Features: {@code audit} (the
 * log, its page and the chain check), {@code users} (accounts and their administration), {@code security} (sign-in
 * and the web security configuration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.pathway.governance;
