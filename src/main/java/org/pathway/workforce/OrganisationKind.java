package org.pathway.workforce;

import java.util.Set;

/**
 * Where an organisation sits in the ICS: the ICS itself, its localities, Primary Care Networks and GP
 * practices, the organisations that employ link workers, the community providers that run activities, and partner
 * organisations outside the pathway's own structure (councils' departments, housing, Jobcentres, the police...) that
 * are party to its agreements.
 */
public enum OrganisationKind {
    ICS("Integrated Care System", "an Integrated Care System"),
    LOCALITY("Locality", "a locality"),
    PCN("Primary Care Network", "a Primary Care Network"),
    GP_PRACTICE("GP practice", "a GP practice"),
    EMPLOYER("Employing organisation", "an employing organisation"),
    PROVIDER("Community provider", "a community provider"),
    PARTNER("Partner organisation", "a partner organisation");

    private final String label;
    private final String inSentence;

    OrganisationKind(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    public String label() {
        return label;
    }

    /** As used inside a sentence, with its article, e.g. "a GP practice". */
    public String inSentence() {
        return inSentence;
    }

    /** The kinds this kind may sit under: ICS → locality → PCN → GP practice; others under the ICS or a locality. */
    public Set<OrganisationKind> allowedParents() {
        return switch (this) {
            case ICS -> Set.of();
            case LOCALITY -> Set.of(ICS);
            case PCN -> Set.of(LOCALITY);
            case GP_PRACTICE -> Set.of(PCN);
            case EMPLOYER, PROVIDER, PARTNER -> Set.of(ICS, LOCALITY);
        };
    }

    /** Localities, PCNs and practices only exist inside the structure above them. */
    public boolean requiresParent() {
        return this == LOCALITY || this == PCN || this == GP_PRACTICE;
    }

    /** Whether an organisation of this kind can employ practitioners (a PCN can employ them directly). */
    public boolean canEmploy() {
        return this == EMPLOYER || this == PCN;
    }
}
