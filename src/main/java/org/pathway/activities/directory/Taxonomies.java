package org.pathway.activities.directory;

import java.util.UUID;

/** The category taxonomy Pathway ships (migration V1_6_2); imported feeds may bring terms of their own. */
final class Taxonomies {

    static final UUID PATHWAY_TAXONOMY = UUID.fromString("6a1f0c55-7d0e-4a53-9d6e-1a0c3f9a0001");

    private Taxonomies() {}
}
