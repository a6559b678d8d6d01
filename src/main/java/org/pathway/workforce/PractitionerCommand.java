package org.pathway.workforce;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Creates or changes a practitioner: a link worker under any of the job titles the field uses, their
 * employer, the services they deliver and their full-time equivalent.
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
        BigDecimal fte) {

    public PractitionerCommand {
        name = name == null ? null : name.strip();
        jobTitle = jobTitle == null ? null : jobTitle.strip().replaceAll("\\s+", " ");
        serviceIds = serviceIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(serviceIds));
    }

    public static PractitionerCommand blank(OrganisationId employerId) {
        return new PractitionerCommand(null, null, employerId, null, null);
    }
}
