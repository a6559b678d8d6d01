package org.pathway.workforce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathway.platform.ConsistentCommand;
import org.pathway.platform.Refusal;

/**
 * Creates or changes an organisation in the ICS structure. Checks against what is stored (the parent's kind,
 * a unique ODS code) are made when the command is carried out.
 */
@ConsistentCommand
public record OrganisationCommand(
        @NotNull(message = "Select the kind of organisation") OrganisationKind kind,
        @NotBlank(message = "Enter the name of the organisation")
        @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
        @Pattern(regexp = "[A-Z0-9]{3,10}", message = "Enter an ODS code of 3 to 10 letters and numbers, like L83012")
        String odsCode,
        OrganisationId parentId,
        EmployerType employerType,
        Contracting contracting,
        FundingSource fundingSource,
        @Pattern(regexp = POSTCODE, message = "Enter a full UK postcode, like TR1 2AB") String postcode,
        @Size(max = 300, message = "Address must be 300 characters or fewer") String address,
        @Size(max = 40, message = "Phone must be 40 characters or fewer")
        @Pattern(regexp = "[0-9 +()-]*", message = "Enter a phone number, like 01872 555 0100") String phone)
        implements ConsistentCommand.SelfChecking {

    /** A UK postcode in its normalised form: outward code, one space, inward code. */
    static final String POSTCODE = "[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}";

    public OrganisationCommand {
        name = name == null ? null : name.strip();
        odsCode = odsCode == null || odsCode.isBlank() ? null : odsCode.strip().toUpperCase(Locale.UK);
        postcode = normalisePostcode(postcode);
        address = address == null || address.isBlank() ? null : address.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    /** An organisation without an address or phone number. */
    public OrganisationCommand(OrganisationKind kind, String name, String odsCode, OrganisationId parentId,
            EmployerType employerType, Contracting contracting, FundingSource fundingSource, String postcode) {
        this(kind, name, odsCode, parentId, employerType, contracting, fundingSource, postcode, null, null);
    }

    public static OrganisationCommand blank() {
        return new OrganisationCommand(null, null, null, null, null, null, null, null);
    }

    @Override
    public List<Refusal.Problem> problems() {
        List<Refusal.Problem> problems = new ArrayList<>();
        if (kind == null) {
            return problems;
        }
        if (kind.requiresParent() && parentId == null) {
            problems.add(new Refusal.Problem("parentId", switch (kind) {
                case LOCALITY -> "Select the ICS this locality is part of";
                case PCN -> "Select the locality this PCN is part of";
                default -> "Select the PCN this practice is part of";
            }));
        }
        if (kind == OrganisationKind.ICS && parentId != null) {
            problems.add(new Refusal.Problem("parentId", "An ICS is not part of another organisation"));
        }
        if (kind == OrganisationKind.GP_PRACTICE && odsCode == null) {
            problems.add(new Refusal.Problem("odsCode", "Enter the practice’s ODS code, like L83012"));
        }
        if (!kind.canEmploy() && (employerType != null || contracting != null || fundingSource != null)) {
            problems.add(new Refusal.Problem("employerType",
                    "Only employing organisations and PCNs have an employer type, contracting and funding"));
        }
        if (kind == OrganisationKind.EMPLOYER) {
            if (employerType == null) {
                problems.add(new Refusal.Problem("employerType", "Select the type of employing organisation"));
            }
            if (contracting == null) {
                problems.add(new Refusal.Problem("contracting", "Select how the organisation holds its practitioners"));
            }
            if (fundingSource == null) {
                problems.add(new Refusal.Problem("fundingSource", "Select where the funding for its practitioners comes from"));
            }
        }
        if (kind == OrganisationKind.PCN && employerType != null && employerType != EmployerType.PCN) {
            problems.add(new Refusal.Problem("employerType",
                    "A PCN that employs practitioners is of type " + EmployerType.PCN.label()));
        }
        if (kind == OrganisationKind.PCN && employerType == EmployerType.PCN && contracting == null) {
            problems.add(new Refusal.Problem("contracting", "Select how the PCN holds its practitioners"));
        }
        return problems;
    }

    /** "tr12ab", "TR1  2AB" and "tr1 2ab" all become "TR1 2AB"; anything else is kept as typed, upper case. */
    static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        if (compact.length() >= 5 && compact.length() <= 7) {
            return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        }
        return postcode.strip().toUpperCase(Locale.UK);
    }
}
