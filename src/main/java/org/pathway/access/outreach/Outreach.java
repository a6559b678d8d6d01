package org.pathway.access.outreach;

import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.access.ContactOutcome;
import org.pathway.access.ReferralId;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Proactive outreach: lists imported from CSV become welfare checks for the importing organisation, kept
 * apart from the caseload. Before calling, a practitioner sees every contact any organisation of the ICS
 * has already made with that person.
 */
public interface Outreach {

    String WORK = "hasAuthority('" + Permissions.OUTREACH_WORK + "')";

    /** Imports a list for the user's organisation. With allOrNothing, one bad row stops the whole import. */
    @PreAuthorize(WORK)
    ImportReport importList(String name, String fileName, Reader csv, boolean allOrNothing, PathwayUser user);

    @PreAuthorize(WORK)
    Page<ListSummary> lists(PathwayUser user, Pageable pageable);

    @PreAuthorize(WORK)
    Optional<ListSummary> list(UUID listId, PathwayUser user);

    @PreAuthorize(WORK)
    Page<CheckRow> checks(UUID listId, boolean openOnly, PathwayUser user, Pageable pageable);

    @PreAuthorize(WORK)
    Optional<CheckDetail> check(UUID checkId, PathwayUser user);

    @PreAuthorize(WORK)
    void recordContact(UUID checkId, ContactOutcome outcome, String note, PathwayUser user);

    /** What a welfare check already knows, to start a referral for that person without retyping it. */
    @PreAuthorize(WORK)
    Optional<ReferralDraft> referralDraft(UUID checkId, PathwayUser user);

    /** The welfare check became this referral: it leaves the list of people to reach. */
    @PreAuthorize(WORK)
    void markReferred(UUID checkId, ReferralId referral, PathwayUser user);

    record ReferralDraft(UUID checkId, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber,
            String postcode, String phone, String context) {}


    record RowProblem(int line, String message) {}

    record ImportReport(UUID listId, int rowsRead, int checksCreated, int alreadyListed, List<RowProblem> problems,
            boolean imported) {}

    record ListSummary(UUID id, String name, String fileName, String importedBy, Instant importedAt, int rowsRead,
            int rowsRejected, int checksCreated, int alreadyListed, long open) {}

    /** A contact made by any organisation, as shown before calling someone. */
    record OtherContact(Instant at, String organisation, String by, String outcome, String note) {}

    record CheckRow(UUID id, String name, LocalDate dateOfBirth, String postcode, String reason, String status,
            OtherContact lastContactByAnyone, long contactsByOthers) {}

    record CheckDetail(UUID id, UUID listId, String listName, String name, LocalDate dateOfBirth, String nhsNumber,
            String postcode, String phone, String reason, String status, List<OtherContact> contacts,
            List<PossiblySame> possiblySame) {}

    /** Someone recorded separately who may be the same person (a typo in a list), with the contacts made with them. */
    record PossiblySame(String name, LocalDate dateOfBirth, String postcode, String why, List<OtherContact> contacts) {}
}
