package org.pathway.workforce.overview;

import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;

/** How the seeds compare employers: who employs the practitioner, and for a VCSE whether PCNs subcontract it. */
enum EmployerGroup {
    PCN_DIRECT("PCN, employed directly"),
    VCSE_SUBCONTRACTED("VCSE, subcontracted by PCNs"),
    VCSE_DIRECT("VCSE, own contracts and funding"),
    NHS_TRUST("NHS trust"),
    LOCAL_AUTHORITY("Local authority"),
    OTHER("Other");

    private final String label;

    EmployerGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static EmployerGroup of(EmployerType type, Contracting contracting) {
        if (type == null) {
            return OTHER;
        }
        return switch (type) {
            case PCN -> PCN_DIRECT;
            case VCSE -> contracting == Contracting.DIRECT ? VCSE_DIRECT : VCSE_SUBCONTRACTED;
            case NHS_TRUST -> NHS_TRUST;
            case LOCAL_AUTHORITY -> LOCAL_AUTHORITY;
            case OTHER -> OTHER;
        };
    }
}
