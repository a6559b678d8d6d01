package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.DemoIntegrationTest;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.pathway.shared.Need;
import org.pathway.workforce.OrganisationStructure.Locality;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.loading.WorkforceLoader.Batch;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The workforce API as other modules will call it: permissions, scope, and what it returns. */
@DemoIntegrationTest
class WorkforceFacadeIntegrationTests {

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    OrganisationStructure structure;

    @Autowired
    PractitionerRegister register;

    @Autowired
    WorkforceLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("linkworker")
    void aServiceChangedByAnyPathIsReadFreshNotFromTheCache() {
        UUID id = serviceId("Connect 55+");
        Integer cap = catalogue.deliveryModel(new ServiceId(id)).orElseThrow().sessionCap();
        try {
            jdbc.sql("UPDATE workforce.service SET session_cap = ? WHERE id = ?").params(cap + 3, id).update();
            assertThat(catalogue.deliveryModel(new ServiceId(id)).orElseThrow().sessionCap()).isEqualTo(cap + 3);
        } finally {
            jdbc.sql("UPDATE workforce.service SET session_cap = ? WHERE id = ?").params(cap, id).update();
        }
        assertThat(catalogue.deliveryModel(new ServiceId(id)).orElseThrow().sessionCap()).isEqualTo(cap);
    }

    @Test
    @WithUserDetails("linkworker")
    void triageReadsAServicesDeliveryModelAndCriteria() {
        ServiceId connect55 = new ServiceId(serviceId("Connect 55+"));
        DeliveryModel model = catalogue.deliveryModel(connect55).orElseThrow();

        assertThat(model.access()).isEqualTo(AccessModel.BOUNDARIED);
        assertThat(model.engagement()).isEqualTo(EngagementModel.TRANSACTIONAL);
        assertThat(model.sessionCap()).isEqualTo(6);
        assertThat(model.criteria().includedNeeds()).containsExactly(Need.LONELINESS);
        assertThat(model.criteria().admitsAge(42)).isFalse();
        assertThat(model.criteria().admitsAge(67)).isTrue();
        // Connect 55+ covers Cornwall's PCNs: every practice there, none in Torbay.
        assertThat(model.criteria().coveredPracticeIds()).hasSize(practicesIn("Cornwall"));
        assertThat(model.criteria().coversPractice(new OrganisationId(practiceIn("Torquay PCN")))).isFalse();
        assertThat(model.criteria().coversPractice(new OrganisationId(practiceIn("Penwith PCN")))).isTrue();
        assertThat(catalogue.deliveryModel(ServiceId.random())).isEmpty();
    }

    @Test
    @WithUserDetails("referrer")
    void referrersListServicesAndThoseTheirPatientsCanUse() {
        List<ServiceSummary> all = catalogue.services();
        assertThat(all).hasSizeGreaterThanOrEqualTo(13).isSortedAccordingTo(
                (a, b) -> a.name().compareToIgnoreCase(b.name()));

        UUID practice = currentUser().organisationId();
        assertThat(catalogue.servicesCovering(new OrganisationId(practice))).extracting(ServiceSummary::name)
                .contains("Truro PCN Social Prescribing", "Connect 55+", "Money and Housing Navigation")
                .doesNotContain("Torbay Social Prescribing", "Kernow Social Prescribing");
    }

    @Test
    @WithUserDetails("provider")
    void rolesWithoutThePermissionAreRefusedByTheApiItself() {
        assertThatThrownBy(() -> catalogue.services()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.localities()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.jobTitles(currentUser())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("icslead")
    void theIcsLeadSeesTheStructureButNotStaffAndChangesNothing() {
        List<Locality> localities = structure.localities();
        assertThat(localities).hasSize(5);
        assertThat(localities.stream().mapToInt(l -> l.pcns().size()).sum()).isEqualTo(31);
        assertThat(localities.stream().flatMap(l -> l.pcns().stream()).mapToInt(p -> p.practices().size()).sum())
                .isEqualTo(131);

        assertThatThrownBy(() -> register.practitionerForAccount(UUID.randomUUID(), currentUser()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.create(OrganisationCommand.blank())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("linkworker")
    void aLinkWorkerFindsTheirOwnPractitionerRecord() {
        PathwayUser me = currentUser();
        assertThat(register.practitionerForAccount(me.id(), me)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Demo Link worker");
            assertThat(p.employer().id().value()).isEqualTo(me.organisationId());
            assertThat(p.services()).extracting(ServiceRef::name).contains("Connect 55+", "Kernow Social Prescribing");
        });
    }

    @Test
    void theLoaderChecksEveryCommandAndLoadsNothingFromABadBatch() {
        UUID kernow = jdbc.sql("SELECT id FROM workforce.organisation WHERE name = 'Kernow Community Connect'")
                .query(UUID.class).single();
        NewPractitioner good = new NewPractitioner(PractitionerId.random(), new PractitionerCommand("Loaded Fine",
                "Link Worker", new OrganisationId(kernow), Set.of(), new BigDecimal("0.5")), null);
        NewPractitioner bad = new NewPractitioner(PractitionerId.random(), new PractitionerCommand("Too Much",
                "Link Worker", new OrganisationId(kernow), Set.of(), new BigDecimal("2.0")), null);

        assertThatThrownBy(() -> loader.load(new Batch(List.of(), List.of(), List.of(good, bad))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.problems())
                        .containsExactly(new Refusal.Problem("fte", "Full-time equivalent must be between 0.1 and 1.0")));
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.practitioner WHERE name IN ('Loaded Fine', 'Too Much')")
                .query(Long.class).single()).isZero();
    }

    private static PathwayUser currentUser() {
        return (PathwayUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    private UUID serviceId(String name) {
        return jdbc.sql("SELECT id FROM workforce.service WHERE name = ?").param(name).query(UUID.class).single();
    }

    private int practicesIn(String locality) {
        return jdbc.sql("""
                SELECT count(*) FROM workforce.organisation p JOIN workforce.organisation pcn ON pcn.id = p.parent_id
                JOIN workforce.organisation l ON l.id = pcn.parent_id WHERE l.name = ?""")
                .param(locality).query(Integer.class).single();
    }

    private UUID practiceIn(String pcn) {
        return jdbc.sql("""
                SELECT p.id FROM workforce.organisation p JOIN workforce.organisation pcn ON pcn.id = p.parent_id
                WHERE pcn.name = ? LIMIT 1""").param(pcn).query(UUID.class).single();
    }
}
