package org.pathway.governance.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to create an account. Role and organisation arrive as text so a
 * tampered value gets a plain message rather than a conversion error; the password is never shown
 * back on the form.
 */
record NewUserForm(
        @NotBlank(message = "Enter a username")
        @Size(max = 64, message = "Username must be 64 characters or fewer")
        @Pattern(regexp = "[A-Za-z0-9._@-]*",
                message = "Username must only include letters, numbers, full stops, hyphens, underscores and @")
        String username,
        @NotBlank(message = "Enter their full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer")
        String displayName,
        @Email(message = "Enter an email address in the correct format, like name@example.nhs.uk")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
        @NotBlank(message = "Select a role")
        String role,
        String organisationId,
        String password) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", "", "");
    }
}
