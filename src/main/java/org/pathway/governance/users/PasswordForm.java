package org.pathway.governance.users;

/** A new password set by an administrator. Checked by {@link PasswordRules}; never shown back. */
record PasswordForm(String password) {}
