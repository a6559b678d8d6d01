package org.pathway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The equipment each practitioner holds to work remotely, with the dates it was provided and withdrawn, so that
 * readiness on any date can be answered. The practitioner sees their own; their manager records and sees the team's.
 */
public interface Equipment {

    String VIEW = "hasAuthority('" + Permissions.PRACTITIONERS_VIEW + "')";
    String MANAGE = "hasAuthority('" + Permissions.PRACTITIONERS_MANAGE + "')";

    /** What the practitioner held on {@code on}, and every provision; empty if not theirs to see. */
    @PreAuthorize(VIEW)
    Optional<Readiness> readiness(PractitionerId practitioner, LocalDate on, PathwayUser user);

    /** Whether each of these practitioners the user manages was ready to work remotely on {@code on}. */
    @PreAuthorize(VIEW)
    java.util.Map<PractitionerId, Set<EquipmentItem>> heldOn(java.util.Collection<PractitionerId> practitioners,
            LocalDate on, PathwayUser user);

    /** Records that an item was provided; refused if they already hold one or the date is impossible. */
    @PreAuthorize(MANAGE)
    void provide(PractitionerId practitioner, EquipmentItem item, LocalDate providedOn, PathwayUser user);

    /** Records that an item they hold was taken back or stopped working for them. */
    @PreAuthorize(MANAGE)
    void withdraw(PractitionerId practitioner, EquipmentItem item, LocalDate withdrawnOn, PathwayUser user);

    record Provision(UUID id, EquipmentItem item, LocalDate providedOn, LocalDate withdrawnOn, String recordedBy) {}

    /** The items held on a date; ready to work remotely when every item {@link EquipmentItem#neededToWorkRemotely}. */
    record Readiness(PractitionerId practitioner, String practitionerName, LocalDate on, Set<EquipmentItem> held,
            List<Provision> provisions) {

        public boolean readyToWorkRemotely() {
            return java.util.Arrays.stream(EquipmentItem.values())
                    .filter(EquipmentItem::neededToWorkRemotely).allMatch(held::contains);
        }

        public List<EquipmentItem> missing() {
            return java.util.Arrays.stream(EquipmentItem.values()).filter(i -> !held.contains(i)).toList();
        }
    }
}
