package org.pathway.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.ReferralCriteria.Evaluation;
import org.pathway.workforce.ReferralCriteria.Facts;

/** The one criteria rule: triage shows it, intake routes by it, the demo decides by it. */
class ReferralCriteriaEvaluationTests {

    static final OrganisationId PRACTICE = new OrganisationId(UUID.randomUUID());
    static final OrganisationId PCN = new OrganisationId(UUID.randomUUID());

    static DeliveryModel over55Isolated() {
        ReferralCriteria criteria = new ReferralCriteria(55, null, Set.of(Need.LONELINESS), Set.of(),
                Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS), false,
                List.of(new OrganisationRef(PCN, "Truro PCN", OrganisationKind.PCN, "U12345")), Set.of(PRACTICE));
        return new DeliveryModel(AccessModel.BOUNDARIED, criteria, EngagementModel.TRANSACTIONAL, 6, null, 30);
    }

    @Test
    void explainsEachUnmetCriterionInPlainWords() {
        Evaluation result = over55Isolated().criteria().evaluate(
                new Facts(42, Set.of(Need.MONEY_DEBT_BENEFITS), Set.of(ExclusionFlag.SEVERE_MENTAL_HEALTH_CRISIS), null,
                        new OrganisationId(UUID.randomUUID())));
        assertThat(result.meetsCriteria()).isFalse();
        assertThat(result.reasonsNotMet()).containsExactly(
                "Age 42 is below this service's range: it takes people aged 55 and over",
                "None of the needs referred for is one this service takes (loneliness or isolation)",
                "This service does not take people in severe mental-health crisis",
                "The person's GP practice is outside this service's area");
    }

    @Test
    void aPersonWhoMeetsEveryCriterionIsShownWhy() {
        Evaluation result = over55Isolated().criteria().evaluate(
                new Facts(71, Set.of(Need.LONELINESS, Need.BEREAVEMENT), Set.of(), null, PRACTICE));
        assertThat(result.meetsCriteria()).isTrue();
        assertThat(result.checks()).extracting(ReferralCriteria.Check::explanation)
                .contains("Age 71 is within this service's range (aged 55 and over)",
                        "Referred for loneliness or isolation, which this service takes");
    }

    @Test
    void anOpenServiceTakesAnyone() {
        DeliveryModel open = new DeliveryModel(AccessModel.OPEN, ReferralCriteria.none(List.of(), Set.of()),
                EngagementModel.RELATIONAL, null, 12, 40);
        Evaluation result = open.criteria().evaluate(new Facts(19, Set.of(Need.OTHER), Set.of(), null, null));
        assertThat(result.meetsCriteria()).isTrue();
        assertThat(result.checks()).singleElement().satisfies(c -> assertThat(c.criterion()).isEqualTo("Open access"));
    }

    @Test
    void unknownAgeDoesNotPassAnAgeCriterion() {
        Evaluation result = over55Isolated().criteria().evaluate(new Facts(null, Set.of(Need.LONELINESS), Set.of(),
                null, PRACTICE));
        assertThat(result.reasonsNotMet()).containsExactly("Age is not known: this service takes people aged 55 and over");
    }
}
