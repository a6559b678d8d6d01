package org.pathway.partnerships.agreements;

import java.time.Clock;
import java.util.List;
import org.pathway.governance.HomeNotices;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.partnerships.Agreements;
import org.pathway.partnerships.Agreements.Standing;
import org.pathway.platform.UkTime;
import org.springframework.stereotype.Component;

/**
 * Flags agreements on the home page of those who see them (the ICS lead, administrators, and the managers of the
 * organisations party to them): how many have expired and how many have a review overdue or due soon.
 */
@Component
class AgreementHomeNotices implements HomeNotices {

    private final AgreementsService agreements;
    private final Clock clock;

    AgreementHomeNotices(AgreementsService agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public List<Notice> noticesFor(PathwayUser user) {
        if (!user.can(Permissions.AGREEMENTS_VIEW)) {
            return List.of();
        }
        // Counts only: the home page reads no parties and no names.
        List<Standing> all = agreements.standings(UkTime.today(clock), user);
        long expired = all.stream().filter(s -> s == Standing.EXPIRED).count();
        long reviews = all.stream().filter(s -> s == Standing.REVIEW_OVERDUE || s == Standing.REVIEW_DUE).count();
        long expiring = all.stream().filter(s -> s == Standing.EXPIRES_SOON).count();
        List<String> parts = new java.util.ArrayList<>();
        if (expired > 0) {
            parts.add(expired + " expired");
        }
        if (reviews > 0) {
            parts.add(reviews + (reviews == 1 ? " review" : " reviews") + " overdue or due within "
                    + Agreements.REVIEW_WITHIN_DAYS + " days");
        }
        if (expiring > 0) {
            parts.add(expiring + " expiring within " + Agreements.REVIEW_WITHIN_DAYS + " days");
        }
        return parts.isEmpty() ? List.of() : List.of(new Notice("Agreements: " + String.join(", ", parts), "/agreements"));
    }
}
