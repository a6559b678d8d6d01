package org.pathway.workforce;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.pathway.platform.Text;

/**
 * Creates or changes a practitioner: a link worker under any of the job titles the field uses, their
 * employer, the services they deliver, their full-time equivalent, and how people reach them at work (printed on
 * the plans of the people they support).
 */
public record PractitionerCommand(
        @NotBlank(message = "Enter the practitioner’s full name")
        @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the job title, like Social Prescribing Link Worker")
        @Size(max = 100, message = "Job title must be 100 characters or fewer") String jobTitle,
        @NotNull(message = "Select the employing organisation") OrganisationId employerId,
        Set<ServiceId> serviceIds,
        @NotNull(message = "Enter the full-time equivalent, like 0.6")
        @DecimalMin(value = "0.1", message = "Full-time equivalent must be between 0.1 and 1.0")
        @DecimalMax(value = "1.0", message = "Full-time equivalent must be between 0.1 and 1.0")
        @Digits(integer = 1, fraction = 2, message = "Enter the full-time equivalent with up to 2 decimal places, like 0.75")
        BigDecimal fte,
        @Size(max = 40, message = "Work phone must be 40 characters or fewer")
        @Pattern(regexp = "[0-9 +()-]*", message = "Enter a work phone number, like 01872 555 0100") String workPhone,
        @Size(max = 200, message = "Work email must be 200 characters or fewer")
        @Email(message = "Enter a work email address, like jo.smith@nhs.net") String workEmail) {

    public PractitionerCommand {
        name = name == null ? null : name.strip();
        jobTitle = jobTitle == null ? null : jobTitle.strip().replaceAll("\\s+", " ");
        serviceIds = serviceIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(serviceIds));
        workPhone = Text.blankToNull(workPhone);
        workEmail = Text.blankToNull(workEmail);
    }

    /** A practitioner without work contact details. */
    public PractitionerCommand(String name, String jobTitle, OrganisationId employerId, Set<ServiceId> serviceIds,
            BigDecimal fte) {
        this(name, jobTitle, employerId, serviceIds, fte, null, null);
    }

    public static PractitionerCommand blank(OrganisationId employerId) {
        return new PractitionerCommand(null, null, employerId, null, null);
    }

}
