package org.pathway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.pathway.partnerships.AgreementKind;
import org.pathway.partnerships.loading.AgreementsLoader.NewAgreement;
import org.pathway.workforce.Contracting;
import org.pathway.workforce.EmployerType;
import org.pathway.workforce.OrganisationKind;
import org.pathway.workforce.loading.WorkforceLoader.NewOrganisation;

/**
 * The demo ICS's agreements: each employer's data sharing with the PCNs it works in, subcontracts for the VCSEs that
 * PCNs subcontract, and a referral pathway to each community provider. Reviews fall across the next months (some due
 * within 60 days, one overdue) and one subcontract expired last quarter.
 */
final class DemoAgreements {

    private DemoAgreements() {}

    /** Partners the ICS works with outside its own structure, by name: each gets a referral pathway or data sharing. */
    static final String[][] PARTNERS = {
            {"Council Housing Options", "REFERRAL_PATHWAY"},
            {"Jobcentre Plus", "REFERRAL_PATHWAY"},
            {"Fire and Rescue Service: Safe and Well visits", "DATA_SHARING"}};

    /** The partner organisations of the ICS, placed under it. */
    static List<NewOrganisation> partners(DemoIcs ics) {
        List<NewOrganisation> partners = new ArrayList<>();
        for (int i = 0; i < PARTNERS.length; i++) {
            partners.add(new NewOrganisation(new org.pathway.workforce.OrganisationId(UUID.nameUUIDFromBytes(
                    (ics.ics().value() + "|partner|" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    new org.pathway.workforce.OrganisationCommand(OrganisationKind.PARTNER, PARTNERS[i][0], null,
                            ics.ics(), null, null, null, null)));
        }
        return partners;
    }

    static List<NewAgreement> generate(long seed, DemoIcs ics, LocalDate today) {
        Random random = new Random(seed ^ 0xA62EE);
        List<NewOrganisation> pcns = ics.workforce().organisations().stream()
                .filter(o -> o.command().kind() == OrganisationKind.PCN).toList();
        List<NewAgreement> agreements = new ArrayList<>();
        if (pcns.isEmpty()) {
            return agreements;
        }
        int n = 0;
        boolean expiredOne = false;
        boolean overdueOne = false;
        for (NewOrganisation o : ics.workforce().organisations()) {
            if (o.command().kind() == OrganisationKind.EMPLOYER) {
                NewOrganisation pcn = pcns.get(random.nextInt(pcns.size()));
                LocalDate review = n % 4 == 0 ? today.plusDays(10 + random.nextInt(45))
                        : today.plusDays(70 + random.nextInt(300));
                if (!overdueOne && n % 4 == 1) {
                    review = today.minusDays(12);
                    overdueOne = true;
                }
                agreements.add(new NewAgreement(ics.ics().value(), AgreementKind.DATA_SHARING, "Data sharing: " + o.command().name()
                        + " and " + pcn.command().name(), List.of(o.id().value(), pcn.id().value()),
                        LocalDate.of(2020, 4, 1), review, null, "Signed copy with the ICS's information governance lead"));
                boolean subcontracted = o.command().employerType() == EmployerType.VCSE
                        && o.command().contracting() != Contracting.DIRECT;
                if (subcontracted) {
                    LocalDate expires = !expiredOne ? today.minusMonths(3) : today.plusMonths(6 + random.nextInt(24));
                    expiredOne = true;
                    agreements.add(new NewAgreement(ics.ics().value(), AgreementKind.SUBCONTRACT, "Link worker subcontract: "
                            + pcn.command().name() + " with " + o.command().name(),
                            List.of(pcn.id().value(), o.id().value()), LocalDate.of(2021, 4, 1),
                            expires.minusMonths(3), expires, null));
                }
                n++;
            }
            if (o.command().kind() == OrganisationKind.PROVIDER && agreements.size() < 40) {
                agreements.add(new NewAgreement(ics.ics().value(), AgreementKind.REFERRAL_PATHWAY, "Referral pathway: "
                        + o.command().name(), List.of(ics.ics().value(), o.id().value()), LocalDate.of(2022, 9, 1),
                        today.plusDays(120 + random.nextInt(200)), null, null));
            }
        }
        List<NewOrganisation> partners = partners(ics);
        for (int i = 0; i < partners.size(); i++) {
            agreements.add(new NewAgreement(ics.ics().value(), AgreementKind.valueOf(PARTNERS[i][1]),
                    (PARTNERS[i][1].equals("DATA_SHARING") ? "Data sharing: " : "Referral pathway: ")
                            + partners.get(i).command().name(),
                    List.of(ics.ics().value(), partners.get(i).id().value()), LocalDate.of(2022, 4, 1),
                    today.plusDays(90 + 60 * i), null, "A partner outside the pathway's own structure"));
        }
        return agreements;
    }
}
