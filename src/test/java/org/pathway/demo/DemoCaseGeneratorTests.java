package org.pathway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.access.ReferralDetails.Accepted;
import org.pathway.access.ReferralId;
import org.pathway.engagement.loading.CaseLoader.CaseHistory;
import org.pathway.shared.Need;
import org.pathway.workforce.loading.WorkforceLoader.NewPractitioner;

class DemoCaseGeneratorTests {

    static final LocalDate END = LocalDate.of(2026, 12, 1);

    @Test
    void theSameSeedGivesTheSameCaseworkWhateverOrderTheReferralsComeIn() {
        DemoIcs ics = DemoIcsGenerator.generate(DemoIcsGeneratorTests.SEED, DemoSize.ICS);
        List<Accepted> accepted = accepted(ics);
        List<Accepted> shuffled = new ArrayList<>(accepted);
        Collections.shuffle(shuffled, new Random(7));

        Map<UUID, Integer> first = contactsByReferral(DemoCaseGenerator.generate(1L, ics, END, accepted, "demo").cases());
        Map<UUID, Integer> second = contactsByReferral(DemoCaseGenerator.generate(1L, ics, END, shuffled, "demo").cases());

        assertThat(second).isEqualTo(first);
        assertThat(first.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }

    private static Map<UUID, Integer> contactsByReferral(List<CaseHistory> cases) {
        return cases.stream().collect(Collectors.toMap(CaseHistory::referralId, c -> c.contacts().size()));
    }

    /** Referrals accepted over the two years, each with a random id as the application gives them. */
    private static List<Accepted> accepted(DemoIcs ics) {
        List<NewPractitioner> staff = ics.workforce().practitioners().stream()
                .filter(p -> !p.command().serviceIds().isEmpty()).toList();
        List<Accepted> accepted = new ArrayList<>();
        Instant start = END.minusYears(2).atStartOfDay(DemoActivityGenerator.ZONE).toInstant();
        for (int i = 0; i < 300; i++) {
            NewPractitioner p = staff.get(i % staff.size());
            Instant received = start.plus(i * 2L, ChronoUnit.DAYS);
            accepted.add(new Accepted(new ReferralId(UUID.randomUUID()), UUID.randomUUID(),
                    p.command().serviceIds().iterator().next().value(), p.id().value(), received,
                    received.plus(3, ChronoUnit.DAYS), "demo", i % 11 == 0, Set.of(), false, Set.of(Need.LONELINESS)));
        }
        return accepted;
    }
}
