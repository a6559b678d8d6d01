package org.pathway.workforce;

/** An organisation named in another record: enough to show and link to it. */
public record OrganisationRef(OrganisationId id, String name, OrganisationKind kind, String odsCode) {

    /** The name with its ODS code, e.g. "Harbour Surgery (L83012)". */
    public String displayName() {
        return odsCode == null || odsCode.isBlank() ? name : name + " (" + odsCode + ")";
    }
}
