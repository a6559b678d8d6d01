package org.pathway.workforce.equipment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.workforce.Equipment;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.WorkforceEvents.EquipmentChanged;
import org.pathway.workforce.practitioners.PractitionerRecordAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Equipment provided and withdrawn, and what a practitioner held on a date. */
@Service
class EquipmentService implements Equipment {

    static final String DATE_FIELD = "onDay";

    private final JdbcClient jdbc;
    private final PractitionerRecordAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EquipmentService(JdbcClient jdbc, PractitionerRecordAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Readiness> readiness(PractitionerId practitioner, LocalDate on, PathwayUser user) {
        return access.visible(practitioner, user).map(name -> {
            List<Provision> provisions = jdbc.sql("""
                    SELECT id, item, provided_on, withdrawn_on, recorded_by FROM workforce.equipment_provision
                    WHERE practitioner_id = ? ORDER BY provided_on DESC, item""")
                    .param(practitioner.value())
                    .query((rs, n) -> new Provision(rs.getObject("id", UUID.class),
                            EquipmentItem.valueOf(rs.getString("item")), rs.getObject("provided_on", LocalDate.class),
                            rs.getObject("withdrawn_on", LocalDate.class), rs.getString("recorded_by"))).list();
            Set<EquipmentItem> held = EnumSet.noneOf(EquipmentItem.class);
            provisions.stream().filter(p -> heldOn(p, on)).forEach(p -> held.add(p.item()));
            return new Readiness(practitioner, name, on, held, provisions);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<PractitionerId, Set<EquipmentItem>> heldOn(java.util.Collection<PractitionerId> practitioners,
            LocalDate on, PathwayUser user) {
        java.util.Map<PractitionerId, Set<EquipmentItem>> held = new java.util.LinkedHashMap<>();
        var managed = access.managedAmong(practitioners, user);
        managed.keySet().forEach(p -> held.put(p, EnumSet.noneOf(EquipmentItem.class)));
        if (managed.isEmpty()) {
            return held;
        }
        jdbc.sql("""
                SELECT practitioner_id, item FROM workforce.equipment_provision
                WHERE practitioner_id = ANY (?) AND provided_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)""")
                .params(managed.keySet().stream().map(PractitionerId::value).toArray(UUID[]::new), on, on)
                .query(rs -> {
                    held.get(new PractitionerId(rs.getObject("practitioner_id", UUID.class)))
                            .add(EquipmentItem.valueOf(rs.getString("item")));
                });
        return held;
    }

    /** Held from the day it was provided until the day before it was withdrawn. */
    static boolean heldOn(Provision provision, LocalDate on) {
        return !provision.providedOn().isAfter(on)
                && (provision.withdrawnOn() == null || provision.withdrawnOn().isAfter(on));
    }

    @Override
    @Transactional
    public void provide(PractitionerId practitioner, EquipmentItem item, LocalDate providedOn, PathwayUser user) {
        String name = managed(practitioner, user);
        check(item, providedOn, "Date provided");
        boolean overlapping = jdbc.sql("""
                SELECT count(*) FROM workforce.equipment_provision WHERE practitioner_id = ? AND item = ?
                AND (withdrawn_on IS NULL OR withdrawn_on > ?)""")
                .params(practitioner.value(), item.name(), providedOn).query(Long.class).single() > 0;
        if (overlapping) {
            throw Refusal.of("item", name + " already had a " + item.label().toLowerCase() + " on "
                    + UkDates.longDay(providedOn) + ": record when it was withdrawn first");
        }
        jdbc.sql("""
                INSERT INTO workforce.equipment_provision
                  (id, practitioner_id, item, provided_on, withdrawn_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, NULL, ?, ?)""")
                .params(UUID.randomUUID(), practitioner.value(), item.name(), providedOn, user.getUsername(),
                        Timestamp.from(clock.instant())).update();
        events.publishEvent(new EquipmentChanged(practitioner.value(), item, providedOn, null, clock.instant()));
    }

    @Override
    @Transactional
    public void withdraw(PractitionerId practitioner, EquipmentItem item, LocalDate withdrawnOn, PathwayUser user) {
        String name = managed(practitioner, user);
        check(item, withdrawnOn, "Date withdrawn");
        Optional<LocalDate> provided = jdbc.sql("""
                SELECT provided_on FROM workforce.equipment_provision
                WHERE practitioner_id = ? AND item = ? AND withdrawn_on IS NULL""")
                .params(practitioner.value(), item.name()).query(LocalDate.class).optional();
        if (provided.isEmpty()) {
            throw Refusal.of("item", name + " does not have a " + item.label().toLowerCase() + " to withdraw");
        }
        if (withdrawnOn.isBefore(provided.get())) {
            throw Refusal.of(DATE_FIELD, "Date withdrawn must be on or after the day it was provided, "
                    + UkDates.longDay(provided.get()));
        }
        jdbc.sql("""
                UPDATE workforce.equipment_provision SET withdrawn_on = ?
                WHERE practitioner_id = ? AND item = ? AND withdrawn_on IS NULL""")
                .params(withdrawnOn, practitioner.value(), item.name()).update();
        events.publishEvent(new EquipmentChanged(practitioner.value(), item, provided.get(), withdrawnOn,
                clock.instant()));
    }

    private String managed(PractitionerId practitioner, PathwayUser user) {
        access.visible(practitioner, user).orElseThrow(() -> NotFound.of("practitioner", practitioner));
        return access.managed(practitioner, user).orElseThrow(() -> new AccessDeniedException(
                "Only a practitioner's manager records their equipment"));
    }

    private void check(EquipmentItem item, LocalDate on, String label) {
        if (item == null) {
            throw Refusal.of("item", "Select the equipment");
        }
        LocalDate today = UkTime.today(clock);
        if (on == null) {
            throw Refusal.of(DATE_FIELD, "Enter the date");
        }
        if (on.isAfter(today)) {
            throw Refusal.of(DATE_FIELD, label + " must be today or in the past");
        }
        if (on.isBefore(today.minusYears(30))) {
            throw Refusal.of(DATE_FIELD, label + " must be within the last 30 years");
        }
    }
}
