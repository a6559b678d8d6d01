package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/** The plain statement of a delivery model that referrers read, built from its structured criteria. */
class DeliveryModelTests {

    static final OrganisationRef TRURO = new OrganisationRef(OrganisationId.random(), "Truro PCN", OrganisationKind.PCN, "U12345");
    static final OrganisationRef PENWITH = new OrganisationRef(OrganisationId.random(), "Penwith PCN", OrganisationKind.PCN, null);

    @Test
    void aBoundariedTransactionalServiceReadsAsTheSeedsDescribeIt() {
        ReferralCriteria criteria = new ReferralCriteria(55, null, Set.of(Need.LONELINESS), Set.of(),
                Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS), false, List.of(), Set.of());
        DeliveryModel model = new DeliveryModel(AccessModel.BOUNDARIED, criteria, EngagementModel.TRANSACTIONAL, 6, null, 30);

        assertThat(model.summary()).isEqualTo("Boundaried: people aged 55 and over with loneliness or isolation; "
                + "not for people in severe mental-health crisis. Transactional: up to 6 sessions.");
    }

    @Test
    void anOpenRelationalServiceNamesItsAreaAndReviewInterval() {
        DeliveryModel model = new DeliveryModel(AccessModel.OPEN, ReferralCriteria.none(List.of(TRURO, PENWITH), Set.of()),
                EngagementModel.RELATIONAL, null, 12, 40);

        assertThat(model.summary()).isEqualTo("Open: anyone registered with practices in Truro PCN, or Penwith PCN, "
                + "with any need. Relational: open-ended support, reviewed every 12 weeks.");
    }

    @Test
    void everyCriterionAppearsInTheStatement() {
        ReferralCriteria criteria = new ReferralCriteria(11, 25, Set.of(Need.LOW_MOOD_ANXIETY, Need.BEREAVEMENT),
                Set.of(Need.HOUSING), Set.of(ExclusionFlag.ACTIVE_SUBSTANCE_DEPENDENCE), true, List.of(TRURO), Set.of());
        String statement = new DeliveryModel(AccessModel.BOUNDARIED, criteria, EngagementModel.TRANSACTIONAL, 1, null, 20)
                .summary();

        assertThat(statement).isEqualTo("Boundaried: people aged 11 to 25 with low mood or anxiety, or bereavement, "
                + "ready to work on their own goals, registered with practices in Truro PCN; not for people with an "
                + "active drug or alcohol dependence, or referrals for housing. Transactional: up to 1 session.");
    }

    @Test
    void ageRangesReadNaturally() {
        assertThat(ages(18, null)).isEqualTo("aged 18 and over");
        assertThat(ages(null, 25)).isEqualTo("aged 25 and under");
        assertThat(ages(16, 16)).isEqualTo("aged 16");
        assertThat(ages(null, null)).isNull();
    }

    @Test
    void criteriaAdmitAgesAndPracticesInsideThem() {
        OrganisationId covered = OrganisationId.random();
        ReferralCriteria criteria = new ReferralCriteria(55, 80, Set.of(), Set.of(), Set.of(), false, List.of(TRURO),
                Set.of(covered));

        assertThat(criteria.admitsAge(55)).isTrue();
        assertThat(criteria.admitsAge(54)).isFalse();
        assertThat(criteria.admitsAge(81)).isFalse();
        assertThat(criteria.coversPractice(covered)).isTrue();
        assertThat(criteria.coversPractice(new OrganisationId(UUID.randomUUID()))).isFalse();
        assertThat(ReferralCriteria.none(List.of(), Set.of()).coversPractice(OrganisationId.random())).isTrue();
    }

    private static String ages(Integer min, Integer max) {
        return new ReferralCriteria(min, max, Set.of(), Set.of(), Set.of(), false, List.of(), Set.of()).ageRange();
    }
}
