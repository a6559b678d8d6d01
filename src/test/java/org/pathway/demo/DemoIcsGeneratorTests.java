package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.governance.Role;
import org.pathway.workforce.AccessModel;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.EngagementModel;
import org.pathway.workforce.OrganisationCommand;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.loading.WorkforceLoader.NewOrganisation;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;

class DemoIcsGeneratorTests {

    static final long SEED = 20200401L;

    @Test
    void sameSeedGivesTheSameIcsDownToNamesCodesAndIds() {
        DemoIcs first = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        DemoIcs second = DemoIcsGenerator.generate(SEED, DemoSize.ICS);

        assertThat(second).isEqualTo(first);
        assertThat(practitionerNames(second)).containsExactlyElementsOf(practitionerNames(first));
        assertThat(odsCodes(second)).containsExactlyElementsOf(odsCodes(first));
    }

    @Test
    void anotherSeedGivesOtherNamesCodesAndPostcodesButTheSameShape() {
        DemoIcs first = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        DemoIcs other = DemoIcsGenerator.generate(SEED + 1, DemoSize.ICS);

        assertThat(practitionerNames(other)).isNotEqualTo(practitionerNames(first));
        assertThat(odsCodes(other)).isNotEqualTo(odsCodes(first));
        assertThat(other.ics()).isNotEqualTo(first.ics());
        assertThat(count(other, OrganisationKind.GP_PRACTICE)).isEqualTo(count(first, OrganisationKind.GP_PRACTICE));
    }

    @Test
    void theSeedsIcsHasFiveLocalities31Pcns131PracticesAndAbout85Practitioners() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);

        assertThat(count(ics, OrganisationKind.ICS)).isEqualTo(1);
        assertThat(count(ics, OrganisationKind.LOCALITY)).isEqualTo(5);
        assertThat(count(ics, OrganisationKind.PCN)).isEqualTo(31);
        assertThat(count(ics, OrganisationKind.GP_PRACTICE)).isEqualTo(131);
        assertThat(count(ics, OrganisationKind.PROVIDER)).isEqualTo(10);
        assertThat(ics.practitionerCount()).isEqualTo(85);
        assertThat(ics.workforce().services()).hasSizeBetween(10, 15);
    }

    @Test
    void everyPracticeHasAnOdsStyleCodeAndASouthWestPostcode() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        List<OrganisationCommand> practices = commands(ics).stream()
                .filter(o -> o.kind() == OrganisationKind.GP_PRACTICE).toList();

        assertThat(practices).allSatisfy(p -> {
            assertThat(p.odsCode()).matches("L8\\d{4}");
            assertThat(p.postcode()).matches("(TR|PL|EX|TQ)\\d{1,2} \\d[A-Z]{2}");
        });
        assertThat(practices.stream().map(OrganisationCommand::odsCode).distinct()).hasSize(131);
        assertThat(practices.stream().map(OrganisationCommand::name).distinct()).hasSize(131);
    }

    @Test
    void everyEmployerTypeAndContractingArrangementIsPresent() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        List<OrganisationCommand> employers = commands(ics).stream().filter(o -> o.employerType() != null).toList();

        assertThat(employers.stream().map(OrganisationCommand::employerType).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(EmployerType.class));
        assertThat(employers.stream().map(OrganisationCommand::contracting).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Contracting.class));
        // The seeds: in one locality the three PCNs sub-contract to an NHS trust.
        assertThat(employers).anySatisfy(e -> assertThat(e.employerType()).isEqualTo(EmployerType.NHS_TRUST));
    }

    @Test
    void servicesCoverBothDeliveryModelsEachWay() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);

        assertThat(ics.workforce().services().stream().map(s -> s.command().access()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(AccessModel.class));
        assertThat(ics.workforce().services().stream().map(s -> s.command().engagement()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(EngagementModel.class));
        assertThat(ics.workforce().services()).allSatisfy(s -> assertThat(s.command().problems()).isEmpty());
    }

    @Test
    void practitionersHoldManyOfTheFieldsJobTitlesAndServicesOfTheirEmployer() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        Set<String> titles = ics.workforce().practitioners().stream().map(p -> p.command().jobTitle())
                .collect(Collectors.toSet());

        assertThat(titles).hasSizeGreaterThanOrEqualTo(9).contains("Social Prescribing Link Worker",
                "Well-being Coordinator", "Health and Wellbeing Coach");
        assertThat(ics.workforce().practitioners()).allSatisfy(p -> {
            assertThat(p.command().serviceIds()).isNotEmpty();
            assertThat(p.command().fte()).isBetween(new java.math.BigDecimal("0.1"), java.math.BigDecimal.ONE);
        });
    }

    @Test
    void demoSignInsAreScopedToTheOrganisationsTheirRolesWorkFor() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        Map<OrganisationId, OrganisationCommand> byId = ics.workforce().organisations().stream()
                .collect(Collectors.toMap(NewOrganisation::id, NewOrganisation::command));

        assertThat(byId.get(ics.scopeFor(Role.SERVICE_MANAGER)).employerType()).isEqualTo(EmployerType.VCSE);
        assertThat(ics.scopeFor(Role.LINK_WORKER)).isEqualTo(ics.scopeFor(Role.SERVICE_MANAGER));
        assertThat(ics.workforce().services()).anySatisfy(
                s -> assertThat(s.command().employerId()).isEqualTo(ics.scopeFor(Role.SERVICE_MANAGER)));
        assertThat(byId.get(ics.scopeFor(Role.REFERRER)).kind()).isEqualTo(OrganisationKind.GP_PRACTICE);
        assertThat(byId.get(ics.scopeFor(Role.COMMUNITY_PROVIDER)).kind()).isEqualTo(OrganisationKind.PROVIDER);
        for (Role role : List.of(Role.ICS_LEAD, Role.RESEARCHER, Role.ADMINISTRATOR)) {
            assertThat(byId.get(ics.scopeFor(role)).kind()).isEqualTo(OrganisationKind.ICS);
        }
    }

    @Test
    void parentsComeBeforeTheirChildrenSoTheBatchLoadsInOrder() {
        DemoIcs ics = DemoIcsGenerator.generate(SEED, DemoSize.ICS);
        Set<OrganisationId> seen = new java.util.HashSet<>();
        for (NewOrganisation organisation : ics.workforce().organisations()) {
            if (organisation.command().parentId() != null) {
                assertThat(seen).contains(organisation.command().parentId());
            }
            seen.add(organisation.id());
        }
    }

    @Test
    void theNationalSizeIs42IcssWithEnglandsPracticesPcnsAndPractitionersAndNoCodeTwice() {
        List<DemoIcs> england = DemoIcsGenerator.generateAll(SEED, DemoSize.NATIONAL);

        assertThat(england).hasSize(42);
        assertThat(england.get(0).ics()).isEqualTo(DemoIcsGenerator.generate(SEED, DemoSize.NATIONAL).ics());
        assertThat(england.stream().mapToLong(ics -> count(ics, OrganisationKind.GP_PRACTICE)).sum()).isEqualTo(6_300);
        assertThat(england.stream().mapToLong(ics -> count(ics, OrganisationKind.PCN)).sum()).isEqualTo(1_302);
        assertThat(england.stream().mapToLong(DemoIcs::practitionerCount).sum()).isBetween(3_400L, 3_600L);
        List<String> codes = england.stream().flatMap(ics -> odsCodes(ics).stream()).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(england.stream().flatMap(ics -> ics.workforce().organisations().stream().map(NewOrganisation::id))
                .toList()).doesNotHaveDuplicates();
        assertThat(DemoIcsGenerator.generateAll(SEED, DemoSize.NATIONAL).get(41)).isEqualTo(england.get(41));
    }

    @Test
    void eachNationalIcsLiesInItsOwnPartOfEnglandNotOnTopOfTheSeedsOne() {
        List<DemoIcs> england = DemoIcsGenerator.generateAll(SEED, DemoSize.NATIONAL);
        List<double[]> centres = england.stream().map(DemoIcsGeneratorTests::centreOfOrganisations).toList();

        assertThat(commands(england.get(0))).map(OrganisationCommand::postcode).filteredOn(java.util.Objects::nonNull)
                .allMatch(postcode -> postcode.matches("(TR|PL|EX|TQ)\\d+ \\d[A-Z]{2}"));
        for (int i = 0; i < centres.size(); i++) {
            // Inside England's bounds, and at least 20 km from every other ICS's centre.
            assertThat(centres.get(i)[0]).as("latitude of ICS %d", i + 1).isBetween(49.9, 55.8);
            assertThat(centres.get(i)[1]).as("longitude of ICS %d", i + 1).isBetween(-5.8, 1.8);
            for (int j = 0; j < i; j++) {
                assertThat(kilometres(centres.get(i), centres.get(j))).as("ICS %d from ICS %d", i + 1, j + 1)
                        .isGreaterThan(20);
            }
        }
        DemoIcs second = england.get(1);
        assertThat(commands(second)).map(OrganisationCommand::postcode).filteredOn(java.util.Objects::nonNull)
                .allMatch(postcode -> postcode.startsWith("BS"));
    }

    private static double[] centreOfOrganisations(DemoIcs ics) {
        List<double[]> points = commands(ics).stream().map(OrganisationCommand::postcode)
                .filter(java.util.Objects::nonNull).map(DemoPostcodes::locate)
                .map(p -> new double[] {p.latitude(), p.longitude()}).toList();
        return new double[] {points.stream().mapToDouble(p -> p[0]).average().orElseThrow(),
                points.stream().mapToDouble(p -> p[1]).average().orElseThrow()};
    }

    private static double kilometres(double[] a, double[] b) {
        double dy = (a[0] - b[0]) * 111.0;
        double dx = (a[1] - b[1]) * 111.0 * Math.cos(Math.toRadians((a[0] + b[0]) / 2));
        return Math.hypot(dx, dy);
    }

    private static long count(DemoIcs ics, OrganisationKind kind) {
        return commands(ics).stream().filter(o -> o.kind() == kind).count();
    }

    private static List<OrganisationCommand> commands(DemoIcs ics) {
        return ics.workforce().organisations().stream().map(NewOrganisation::command).toList();
    }

    private static List<String> practitionerNames(DemoIcs ics) {
        return ics.workforce().practitioners().stream().map(NewPractitioner::command)
                .map(p -> p.name()).toList();
    }

    private static List<String> odsCodes(DemoIcs ics) {
        return commands(ics).stream().map(OrganisationCommand::odsCode).filter(java.util.Objects::nonNull)
                .map(Function.identity()).toList();
    }
}
