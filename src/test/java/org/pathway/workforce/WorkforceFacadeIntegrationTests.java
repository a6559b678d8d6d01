package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.pathway.shared.Need;
import org.pathway.support.TestIcs;
import org.pathway.workforce.OrganisationStructure.Locality;
import org.pathway.workforce.OrganisationStructure.Pcn;
import org.pathway.workforce.ServiceCatalogue.ServiceSummary;
import org.pathway.workforce.loading.WorkforceLoader.Batch;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;
import org.pathway.workforce.loading.WorkforceLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The workforce API as other modules will call it: permissions, scope, and what it returns. On the test ICS and the
 * workforce test mother's organisations and services (a context of their own: they add localities and services).
 */
@PathwayIntegrationTest
@TestPropertySource(properties = TestWorkforce.PROPERTY)
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

    @Autowired
    TestIcs ics;

    @Autowired
    TestWorkforce workforce;

    @Test
    @WithUserDetails("linkworker")
    void aServiceChangedByAnyPathIsReadFreshNotFromTheCache() {
        ServiceId service = ics.otherService(); // transactional: it has a session cap
        Integer cap = catalogue.deliveryModel(service).orElseThrow().sessionCap();
        try {
            jdbc.sql("UPDATE workforce.service SET session_cap = ? WHERE id = ?").params(cap + 3, service.value()).update();
            assertThat(catalogue.deliveryModel(service).orElseThrow().sessionCap()).isEqualTo(cap + 3);
        } finally {
            jdbc.sql("UPDATE workforce.service SET session_cap = ? WHERE id = ?").params(cap, service.value()).update();
        }
        assertThat(catalogue.deliveryModel(service).orElseThrow().sessionCap()).isEqualTo(cap);
    }

    @Test
    @WithUserDetails("linkworker")
    void triageReadsAServicesDeliveryModelAndCriteria() {
        DeliveryModel model = catalogue.deliveryModel(ics.olderService()).orElseThrow();

        assertThat(model.access()).isEqualTo(AccessModel.BOUNDARIED);
        assertThat(model.engagement()).isEqualTo(EngagementModel.RELATIONAL);
        assertThat(model.reviewIntervalWeeks()).isEqualTo(8);
        assertThat(model.sessionCap()).isNull();
        assertThat(model.caseloadCapPerFte()).isEqualTo(25);
        assertThat(model.criteria().includedNeeds()).containsExactly(Need.LONELINESS);
        assertThat(model.criteria().admitsAge(42)).isFalse();
        assertThat(model.criteria().admitsAge(67)).isTrue();
        // Test Connect 55+ covers North PCN: both its practices, none in South PCN or Estuary PCN.
        assertThat(model.criteria().coveredPracticeIds()).hasSize(2);
        assertThat(model.criteria().coversPractice(ics.harbourPractice())).isTrue();
        assertThat(model.criteria().coversPractice(ics.hillPractice())).isTrue();
        assertThat(model.criteria().coversPractice(ics.quayPractice())).isFalse();
        assertThat(model.criteria().coversPractice(workforce.estuarySurgery())).isFalse();

        DeliveryModel money = catalogue.deliveryModel(workforce.moneyService()).orElseThrow();
        assertThat(money.engagement()).isEqualTo(EngagementModel.TRANSACTIONAL);
        assertThat(money.sessionCap()).isEqualTo(4);
        assertThat(money.criteria().coversPractice(ics.quayPractice())).isTrue(); // no area: the whole ICS
        assertThat(catalogue.deliveryModel(ServiceId.random())).isEmpty();
    }

    @Test
    @WithUserDetails("referrer")
    void referrersListServicesAndThoseTheirPatientsCanUse() {
        List<ServiceSummary> all = catalogue.services();
        // The test ICS's three, the mother's two, and any a test in this context added.
        assertThat(all).hasSizeGreaterThanOrEqualTo(5).isSortedAccordingTo(
                (a, b) -> a.name().compareToIgnoreCase(b.name()));

        OrganisationId practice = new OrganisationId(currentUser().organisationId());
        assertThat(practice).isEqualTo(ics.harbourPractice());
        assertThat(catalogue.servicesCovering(practice)).extracting(ServiceSummary::name)
                .contains(TestIcs.SERVICE, TestIcs.OLDER_SERVICE, TestWorkforce.MONEY_SERVICE)
                .doesNotContain(TestIcs.OTHER_SERVICE, TestWorkforce.ESTUARY_SERVICE);
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
        assertThat(localities).hasSize(TestWorkforce.LOCALITIES);
        assertThat(localities.stream().mapToInt(l -> l.pcns().size()).sum()).isEqualTo(TestWorkforce.PCNS);
        // Every practice: the test ICS's three, Estuary PCN's two, and any a test in this context added.
        long practices = jdbc.sql("SELECT count(*) FROM workforce.organisation WHERE kind = 'GP_PRACTICE'")
                .query(Long.class).single();
        assertThat(practices).isGreaterThanOrEqualTo(5);
        assertThat(localities.stream().flatMap(l -> l.pcns().stream()).mapToInt(p -> p.practices().size()).sum())
                .isEqualTo(practices);
        Pcn estuary = localities.stream().flatMap(l -> l.pcns().stream())
                .filter(p -> p.pcn().id().equals(workforce.estuaryPcn())).findFirst().orElseThrow();
        assertThat(estuary.practices()).extracting(OrganisationRef::name)
                .containsExactly(TestWorkforce.CREEK_SURGERY, TestWorkforce.ESTUARY_SURGERY);

        assertThatThrownBy(() -> register.practitionerForAccount(UUID.randomUUID(), currentUser()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> structure.create(OrganisationCommand.blank())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("linkworker")
    void aLinkWorkerFindsTheirOwnPractitionerRecord() {
        PathwayUser me = currentUser();
        assertThat(register.practitionerForAccount(me.id(), me)).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(ics.linkWorker());
            assertThat(p.name()).isEqualTo(TestIcs.LINK_WORKER);
            assertThat(p.employer().id()).isEqualTo(ics.employer());
            assertThat(p.employer().id().value()).isEqualTo(me.organisationId());
            assertThat(p.services()).extracting(ServiceRef::name)
                    .containsExactlyInAnyOrder(TestIcs.SERVICE, TestIcs.OLDER_SERVICE);
        });
    }

    @Test
    void theLoaderChecksEveryCommandAndLoadsNothingFromABadBatch() {
        NewPractitioner good = new NewPractitioner(PractitionerId.random(), new PractitionerCommand("Loaded Fine",
                "Link Worker", ics.employer(), Set.of(), new BigDecimal("0.5")), null);
        NewPractitioner bad = new NewPractitioner(PractitionerId.random(), new PractitionerCommand("Too Much",
                "Link Worker", ics.employer(), Set.of(), new BigDecimal("2.0")), null);

        assertThatThrownBy(() -> loader.load(new Batch(List.of(), List.of(), List.of(good, bad))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.problems())
                        .containsExactly(new Refusal.Problem("fte", "Full-time equivalent must be between 0.1 and 1.0")));
        assertThat(jdbc.sql("SELECT count(*) FROM workforce.practitioner WHERE name IN ('Loaded Fine', 'Too Much')")
                .query(Long.class).single()).isZero();
    }

    private static PathwayUser currentUser() {
        return (PathwayUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }
}
