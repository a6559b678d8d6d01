/**
 * Governance: who may sign in, what each role may do and see, and the tamper-evident audit log of
 * every view and change of a person's data. Its public surface is {@link org.pathway.governance.Role},
 * {@link org.pathway.governance.Permissions}, {@link org.pathway.governance.PathwayUser},
 * {@link org.pathway.governance.AuditLog} and the {@link org.pathway.governance.OrganisationScopes} port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.pathway.governance;
