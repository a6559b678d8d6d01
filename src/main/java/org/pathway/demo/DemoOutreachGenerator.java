package org.pathway.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.pathway.access.ContactOutcome;
import org.pathway.access.loading.AccessLoader.OutreachList;
import org.pathway.access.loading.AccessLoader.WelfareCheck;
import org.pathway.access.loading.AccessLoader.WelfareContact;
import org.pathway.workforce.OrganisationKind;

/** Several organisations imported the same shielding-style list in the burst and called the same people. */
final class DemoOutreachGenerator {

    private final Random random;
    private final DemoIcs ics;
    private final DemoAccessIcs index;
    private final DemoDays days;
    private final DemoReferredPeople people;

    DemoOutreachGenerator(Random random, DemoIcs ics, DemoAccessIcs index, DemoDays days, DemoReferredPeople people) {
        this.random = random;
        this.ics = ics;
        this.index = index;
        this.days = days;
        this.people = people;
    }

    /** The lists, with the people on them added first (indexes 0 to the pool's size). */
    /** The lists; the demo link worker's calls carry their sign-in ({@code linkWorkerAccount}, null if none). */
    List<OutreachList> lists(double scale, UUID linkWorkerAccount) {
        int pool = Math.max(30, (int) Math.round(3_000 * scale));
        for (int i = 0; i < pool; i++) {
            people.add(index.practices.get(random.nextInt(index.practices.size())), 60, 95);
        }
        String name = "Shielding list, spring " + days.burstStart.getYear();
        List<UUID> organisations = new ArrayList<>();
        organisations.add(ics.managedEmployer().value());
        ics.workforce().organisations().stream()
                .filter(o -> o.command().kind() == OrganisationKind.EMPLOYER || o.command().kind() == OrganisationKind.PROVIDER)
                .map(o -> o.id().value()).filter(id -> !organisations.contains(id)).limit(3).forEach(organisations::add);
        List<OutreachList> lists = new ArrayList<>();
        String[] reasons = {"Shielding: clinically extremely vulnerable", "Lives alone, over 70",
                "Shielding: on the GP's vulnerable patients list", "Carer of a shielding person"};
        for (int o = 0; o < organisations.size(); o++) {
            UUID organisation = organisations.get(o);
            boolean managed = o == 0;
            Instant imported = days.at(days.burstStart.plusDays(7 + o * 4), 9, 12);
            String caller1 = managed ? "Demo Link worker" : SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)]
                    + " " + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
            String caller2 = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)] + " "
                    + SouthWest.SURNAMES[random.nextInt(SouthWest.SURNAMES.length)];
            List<WelfareCheck> checks = new ArrayList<>();
            for (int p = 0; p < pool; p++) {
                if (!managed && random.nextInt(100) >= 60) {
                    continue; // the other organisations' lists overlap most of the managed one's
                }
                List<WelfareContact> contacts = new ArrayList<>();
                int calls = random.nextInt(10) < 1 ? 0 : 1 + random.nextInt(3);
                Instant when = imported;
                for (int c = 0; c < calls; c++) {
                    when = days.later(when, 0, 10);
                    if (!when.isBefore(days.burstEnd.atStartOfDay(DemoActivityGenerator.ZONE).toInstant())) {
                        break;
                    }
                    ContactOutcome outcome = c < calls - 1 ? ContactOutcome.NO_ANSWER
                            : ContactOutcome.values()[random.nextInt(ContactOutcome.values().length)];
                    String caller = random.nextBoolean() ? caller1 : caller2;
                    contacts.add(new WelfareContact(when, caller, managed && caller.equals(caller1) ? linkWorkerAccount
                            : null, outcome,
                            outcome == ContactOutcome.SPOKE_NEEDS_SUPPORT ? "Needs help with shopping and prescriptions"
                                    : null));
                }
                checks.add(new WelfareCheck(p, reasons[random.nextInt(reasons.length)], contacts));
            }
            lists.add(new OutreachList(name, organisation, "shielding-" + days.burstStart.getYear() + "-" + (o + 1) + ".csv",
                    managed ? DemoActivityGenerator.MANAGER : "import", imported, checks));
        }
        return lists;
    }
}
