package org.pathway.governance.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's change to an account's name, email, role and organisation. */
record EditUserForm(
        @NotBlank(message = "Enter their full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer")
        String displayName,
        @Email(message = "Enter an email address in the correct format, like name@example.nhs.uk")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
        @NotBlank(message = "Select a role")
        String role,
        String organisationId) {

    static EditUserForm of(UserAccount account) {
        return new EditUserForm(account.getDisplayName(), account.getEmail() == null ? "" : account.getEmail(),
                account.getRole().name(), account.getOrganisationId() == null ? "" : account.getOrganisationId().toString());
    }
}
