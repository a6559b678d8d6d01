package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.platform.Refusal;

/** The rules an organisation states about itself, before it is checked against the stored structure. */
class OrganisationCommandTests {

    @Test
    void aPracticeNeedsItsPcnAndAnOdsCode() {
        OrganisationCommand practice = new OrganisationCommand(OrganisationKind.GP_PRACTICE, "Harbour Surgery", null, null,
                null, null, null, null);
        assertThat(practice.problems()).extracting(Refusal.Problem::field).containsExactly("parentId", "odsCode");
    }

    @Test
    void anEmployerNeedsItsTypeContractingAndFunding() {
        OrganisationCommand employer = new OrganisationCommand(OrganisationKind.EMPLOYER, "Kernow Community Connect", null,
                OrganisationId.random(), null, null, null, null);
        assertThat(employer.problems()).extracting(Refusal.Problem::field)
                .containsExactly("employerType", "contracting", "fundingSource");
    }

    @Test
    void onlyEmployersAndPcnsHaveEmploymentDetails() {
        OrganisationCommand practice = new OrganisationCommand(OrganisationKind.GP_PRACTICE, "Harbour Surgery", "L83012",
                OrganisationId.random(), EmployerType.VCSE, Contracting.DIRECT, FundingSource.ARRS, null);
        assertThat(practice.problems()).extracting(Refusal.Problem::field).containsExactly("employerType");

        OrganisationCommand subContractingPcn = new OrganisationCommand(OrganisationKind.PCN, "Penwith PCN", null,
                OrganisationId.random(), null, Contracting.SUB_CONTRACTED, null, null);
        assertThat(subContractingPcn.problems()).isEmpty();

        OrganisationCommand pcnAsVcse = new OrganisationCommand(OrganisationKind.PCN, "Penwith PCN", null,
                OrganisationId.random(), EmployerType.VCSE, Contracting.DIRECT, null, null);
        assertThat(pcnAsVcse.problems()).extracting(Refusal.Problem::message)
                .containsExactly("A PCN that employs practitioners is of type Primary Care Network");
    }

    @Test
    void postcodesAndOdsCodesAreStoredInOneForm() {
        OrganisationCommand command = new OrganisationCommand(OrganisationKind.GP_PRACTICE, "  Harbour Surgery ", " l83012 ",
                OrganisationId.random(), null, null, null, "tr12ab");
        assertThat(command.name()).isEqualTo("Harbour Surgery");
        assertThat(command.odsCode()).isEqualTo("L83012");
        assertThat(command.postcode()).isEqualTo("TR1 2AB");
        assertThat(OrganisationCommand.normalisePostcode("pl25  5ab")).isEqualTo("PL25 5AB");
        assertThat(OrganisationCommand.normalisePostcode(" ")).isNull();
    }

    @Test
    void theIcsStandsAlone() {
        OrganisationCommand ics = new OrganisationCommand(OrganisationKind.ICS, "Peninsula ICS", "QPN",
                OrganisationId.random(), null, null, null, null);
        assertThat(ics.problems()).extracting(Refusal.Problem::message)
                .containsExactly("An ICS is not part of another organisation");
    }
}
