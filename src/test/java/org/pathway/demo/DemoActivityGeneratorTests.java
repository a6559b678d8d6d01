package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.access.loading.AccessLoader.Action;
import org.pathway.access.loading.AccessLoader.Batch;
import org.pathway.access.ReferralChannel;
import org.pathway.access.loading.AccessLoader.OutreachList;
import org.pathway.access.loading.AccessLoader.ReferralHistory;
import org.pathway.access.loading.AccessLoader.Step;
import org.pathway.access.loading.AccessLoader.WelfareCheck;
import org.pathway.access.ReferralSource;

class DemoActivityGeneratorTests {

    static final LocalDate END = LocalDate.of(2026, 11, 24);
    static final DemoIcs ICS = DemoIcsGenerator.generate(DemoIcsGeneratorTests.SEED, DemoSize.ICS);

    static Batch generate(long seed, double scale) {
        return DemoActivityGenerator.generate(seed, ICS, scale, END, "Demo Referrer", null);
    }

    @Test
    void sameSeedGivesTheSameActivity() {
        Batch first = generate(DemoIcsGeneratorTests.SEED, 0.05);
        Batch second = generate(DemoIcsGeneratorTests.SEED, 0.05);

        assertThat(second.people()).isEqualTo(first.people());
        assertThat(second.referrals()).isEqualTo(first.referrals());
        assertThat(second.outreachLists()).isEqualTo(first.outreachLists());
        assertThat(generate(DemoIcsGeneratorTests.SEED + 1, 0.05).referrals()).isNotEqualTo(first.referrals());
    }

    @Test
    void everySourceChannelAndOutcomeAppears() {
        Batch batch = generate(DemoIcsGeneratorTests.SEED, 0.05);

        assertThat(batch.referrals().stream().map(ReferralHistory::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReferralSource.values());
        assertThat(batch.referrals().stream().map(ReferralHistory::channel).collect(Collectors.toSet()))
                .contains(ReferralChannel.STAFF_FORM, ReferralChannel.SELF_REFERRAL, ReferralChannel.OUTREACH);
        Set<Action> actions = EnumSet.noneOf(Action.class);
        batch.referrals().forEach(r -> r.steps().forEach(s -> actions.add(s.action())));
        assertThat(actions).containsExactlyInAnyOrder(Action.values());
        assertThat(batch.referrals()).anyMatch(r -> r.steps().isEmpty()); // still received
        assertThat(batch.referrals()).anyMatch(r -> !r.steps().isEmpty()
                && r.steps().get(r.steps().size() - 1).action() == Action.WAITLIST);
        assertThat(batch.referrals().stream().flatMap(r -> r.steps().stream()))
                .anyMatch(s -> s.action() == Action.ACCEPT && !s.meetsCriteria() && s.reason() != null)
                .anyMatch(s -> s.action() == Action.DECLINE && s.reason() != null);
        assertThat(batch.referrals().stream().map(ReferralHistory::serviceId).collect(Collectors.toSet()))
                .hasSize(ICS.workforce().services().size());
    }

    @Test
    void aboutThirtyThousandAYearAtFullScaleAndHistoriesEndBeforeTheLoadDate() {
        Batch batch = generate(DemoIcsGeneratorTests.SEED, 0.1);
        // 6,000 at a tenth of the full scale, and the demo sign-ins' own slice.
        assertThat(batch.referrals()).hasSizeBetween(6_000, 6_100);
        var end = END.atStartOfDay(DemoActivityGenerator.ZONE).toInstant();
        for (ReferralHistory r : batch.referrals()) {
            var previous = r.receivedAt();
            assertThat(previous).isBefore(end).isAfter(end.minusSeconds(2L * 366 * 24 * 3600));
            for (Step s : r.steps()) {
                assertThat(s.at()).isAfterOrEqualTo(previous).isBefore(end);
                previous = s.at();
            }
        }
    }

    @Test
    void repeatReferralsShareAPersonAndOutreachListsOverlap() {
        Batch batch = generate(DemoIcsGeneratorTests.SEED, 0.05);
        Set<Integer> seen = new HashSet<>();
        long repeats = batch.referrals().stream().filter(r -> !seen.add(r.person())).count();
        assertThat(repeats).isGreaterThan(50);

        List<OutreachList> lists = batch.outreachLists();
        assertThat(lists).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lists.stream().map(OutreachList::organisationId).distinct()).hasSameSizeAs(lists);
        Set<Integer> first = lists.get(0).checks().stream().map(WelfareCheck::person).collect(Collectors.toSet());
        for (OutreachList other : lists.subList(1, lists.size())) {
            assertThat(other.checks()).anyMatch(c -> first.contains(c.person()) && !c.contacts().isEmpty());
        }
    }

    @Test
    void distinctivelyCornishSurnamesAreLeftToTheTestsThatFindPeopleBySurname() {
        Batch batch = generate(DemoIcsGeneratorTests.SEED, 0.05);
        assertThat(batch.people()).noneMatch(p -> Set.of("Bolitho", "Nancarrow", "Tregenza", "Trevithick", "Pascoe",
                "Kitto", "Chenoweth", "Hocking", "Pengelly", "Rowe", "Polglase", "Jago").contains(p.familyName()));
    }
}
