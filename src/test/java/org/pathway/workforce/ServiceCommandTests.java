package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.platform.Refusal;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/** The delivery-model rules a service form is checked against, each reported against its own field. */
class ServiceCommandTests {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    static final OrganisationId EMPLOYER = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    /** Boundaried (55 and over, lonely), transactional with 6 sessions: a valid service to vary. */
    static ServiceCommand connect55(Integer minAge, Integer maxAge, AccessModel access, EngagementModel engagement,
            Integer sessionCap, Integer reviewWeeks, Integer caseloadCap) {
        return new ServiceCommand("Connect 55+", EMPLOYER, access, minAge, maxAge, Set.of(Need.LONELINESS), Set.of(),
                Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS), false, Set.of(), engagement, sessionCap, reviewWeeks,
                caseloadCap, "For people aged 55 and over who feel isolated: up to six sessions.");
    }

    static ServiceCommand valid() {
        return connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 6, null, 30);
    }

    @Test
    void aConsistentModelHasNoProblems() {
        assertThat(valid().problems()).isEmpty();
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void aMinimumAgeAboveTheMaximumIsRefusedBesideTheMinimumAge() {
        ServiceCommand command = connect55(70, 60, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 6, null, 30);

        assertThat(command.problems()).containsExactly(
                new Refusal.Problem("minAge", "Minimum age must not be above the maximum age"));
        assertThat(violations(command)).containsExactly(
                tuple("minAge", "Minimum age must not be above the maximum age"));
    }

    @Test
    void equalMinimumAndMaximumAgesAreOneAgeAndAllowed() {
        assertThat(connect55(18, 18, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 6, null, 30).problems())
                .isEmpty();
    }

    @Test
    void agesOutsideALifetimeAreRefused() {
        assertThat(connect55(-1, 130, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 6, null, 30).problems())
                .extracting(Refusal.Problem::field).containsExactly("minAge", "maxAge");
    }

    @Test
    void aTransactionalServiceWithoutASessionCapIsRefused() {
        assertThat(connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, null, null, 30).problems())
                .containsExactly(new Refusal.Problem("sessionCap",
                        "Enter the session cap: the number of sessions this transactional service offers"));
    }

    @Test
    void capsMustBePositive() {
        assertThat(connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 0, null, 30).problems())
                .containsExactly(new Refusal.Problem("sessionCap", "Session cap must be more than 0"));
        assertThat(violations(connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 6, null, 0)))
                .containsExactly(tuple("caseloadCapPerFte", "Caseload cap must be more than 0"));
        assertThat(violations(connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.TRANSACTIONAL, 6, null, -3)))
                .containsExactly(tuple("caseloadCapPerFte", "Caseload cap must be more than 0"));
        assertThat(connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.RELATIONAL, null, 0, 30).problems())
                .containsExactly(new Refusal.Problem("reviewIntervalWeeks", "Review interval must be more than 0 weeks"));
    }

    @Test
    void aRelationalServiceNeedsAReviewIntervalButNoSessionCap() {
        assertThat(connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.RELATIONAL, null, null, 30).problems())
                .extracting(Refusal.Problem::field).containsExactly("reviewIntervalWeeks");
        // A session cap typed before switching to relational is not a problem: it is dropped.
        ServiceCommand relational = connect55(55, null, AccessModel.BOUNDARIED, EngagementModel.RELATIONAL, 6, 12, 30);
        assertThat(relational.problems()).isEmpty();
        assertThat(relational.normalised().sessionCap()).isNull();
        assertThat(relational.normalised().reviewIntervalWeeks()).isEqualTo(12);
    }

    @Test
    void aBoundariedServiceWithNoCriteriaAtAllIsRefused() {
        ServiceCommand boundless = new ServiceCommand("Boundless", EMPLOYER, AccessModel.BOUNDARIED, null, null,
                Set.of(), Set.of(), Set.of(), false, Set.of(new OrganisationId(UUID.randomUUID())),
                EngagementModel.RELATIONAL, null, 12, 30, "For anyone.");

        assertThat(boundless.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("access");
            assertThat(problem.message()).startsWith("A boundaried service needs at least one criterion");
        });
    }

    @Test
    void readinessAloneIsACriterion() {
        ServiceCommand coaching = new ServiceCommand("Coaching", EMPLOYER, AccessModel.BOUNDARIED, null, null, Set.of(),
                Set.of(), Set.of(), true, Set.of(), EngagementModel.TRANSACTIONAL, 8, null, 30, "For people ready.");
        assertThat(coaching.problems()).isEmpty();
    }

    @Test
    void aNeedCannotBeBothIncludedAndExcluded() {
        ServiceCommand command = new ServiceCommand("Muddled", EMPLOYER, AccessModel.BOUNDARIED, null, null,
                Set.of(Need.HOUSING, Need.LONELINESS), Set.of(Need.HOUSING), Set.of(), false, Set.of(),
                EngagementModel.TRANSACTIONAL, 4, null, 30, "Muddled.");
        assertThat(command.problems()).containsExactly(
                new Refusal.Problem("excludedNeeds", "A need cannot be both included and excluded: Housing"));
    }

    @Test
    void anOpenServiceIgnoresCriteriaLeftInTheHiddenQuestions() {
        ServiceCommand open = connect55(70, 60, AccessModel.OPEN, EngagementModel.TRANSACTIONAL, 6, null, 30);

        assertThat(open.problems()).isEmpty();
        ServiceCommand saved = open.normalised();
        assertThat(saved.minAge()).isNull();
        assertThat(saved.maxAge()).isNull();
        assertThat(saved.includedNeeds()).isEmpty();
        assertThat(saved.exclusions()).isEmpty();
        assertThat(saved.hasCriteria()).isFalse();
    }

    @Test
    void missingChoicesAreReportedBesideTheirFields() {
        ServiceCommand empty = ServiceCommand.blank(null);
        assertThat(violations(empty)).extracting(t -> t.toList().get(0)).containsExactlyInAnyOrder(
                "name", "employerId", "access", "engagement", "caseloadCapPerFte", "statement");
    }

    private static List<org.assertj.core.groups.Tuple> violations(ServiceCommand command) {
        Set<ConstraintViolation<ServiceCommand>> violations = validator.validate(command);
        return violations.stream().map(v -> tuple(v.getPropertyPath().toString(), v.getMessage())).toList();
    }
}
