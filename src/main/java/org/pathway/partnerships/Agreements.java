package org.pathway.partnerships;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationRef;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Agreements between the ICS's organisations (referral pathways, data sharing, subcontracts) and where each stands:
 * reviews due within {@link #REVIEW_WITHIN_DAYS} days and expired agreements are flagged. The ICS lead and
 * administrators see and keep all of them; a service manager sees those their organisation is a party to.
 */
public interface Agreements {

    String VIEW = "hasAuthority('" + Permissions.AGREEMENTS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.AGREEMENTS_MANAGE + "')";

    int REVIEW_WITHIN_DAYS = 60;

    @PreAuthorize(VIEW)
    List<Agreement> agreements(LocalDate today, PathwayUser user);

    @PreAuthorize(VIEW)
    Optional<Agreement> agreement(UUID id, LocalDate today, PathwayUser user);

    @PreAuthorize(MANAGE)
    UUID create(AgreementCommand command, PathwayUser user);

    @PreAuthorize(MANAGE)
    void update(UUID id, AgreementCommand command, PathwayUser user);

    record AgreementCommand(AgreementKind kind, String title, Set<OrganisationId> parties, LocalDate startsOn,
            LocalDate reviewOn, LocalDate expiresOn, String notes) {}

    record Agreement(UUID id, AgreementKind kind, String title, List<OrganisationRef> parties, LocalDate startsOn,
            LocalDate reviewOn, LocalDate expiresOn, String notes, Standing standing) {}

    /** Where an agreement stands today: the most pressing first. */
    enum Standing {
        EXPIRED("Expired"), REVIEW_OVERDUE("Review overdue"), REVIEW_DUE("Review due"), EXPIRES_SOON("Expires soon"),
        NOT_STARTED("Not started"), CURRENT("Current");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean flagged() {
            return this != CURRENT && this != NOT_STARTED;
        }

        /** Expired on the expiry date; a review is due within the window and overdue after its date. */
        public static Standing of(LocalDate starts, LocalDate review, LocalDate expires, LocalDate today) {
            LocalDate soon = today.plusDays(REVIEW_WITHIN_DAYS);
            if (expires != null && !expires.isAfter(today)) {
                return EXPIRED;
            }
            if (review != null && review.isBefore(today)) {
                return REVIEW_OVERDUE;
            }
            if (review != null && !review.isAfter(soon)) {
                return REVIEW_DUE;
            }
            if (expires != null && !expires.isAfter(soon)) {
                return EXPIRES_SOON;
            }
            return starts.isAfter(today) ? NOT_STARTED : CURRENT;
        }
    }
}
