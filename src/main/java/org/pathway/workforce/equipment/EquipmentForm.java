package org.pathway.workforce.equipment;

import java.time.LocalDate;
import java.util.Optional;
import org.pathway.shared.DateParts;
import org.pathway.workforce.EquipmentItem;
import org.springframework.validation.Errors;

/** A change to a practitioner's equipment as typed: which item, provided or withdrawn, and the day. */
record EquipmentForm(String item, String change, String onDay, String onMonth, String onYear) {

    static EquipmentForm blank() {
        return new EquipmentForm(null, "PROVIDED", null, null, null);
    }

    record Change(EquipmentItem item, boolean provided, LocalDate on) {}

    Optional<Change> validate(Errors errors) {
        EquipmentItem chosen = null;
        if (item == null || item.isBlank()) {
            errors.rejectValue("item", "required", "Select the equipment");
        } else {
            try {
                chosen = EquipmentItem.valueOf(item.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("item", "invalid", "Select the equipment");
            }
        }
        if (!"PROVIDED".equals(change) && !"WITHDRAWN".equals(change)) {
            errors.rejectValue("change", "required", "Select whether it was provided or withdrawn");
        }
        DateParts.Outcome on = DateParts.read("Date", onDay, onMonth, onYear);
        if (!on.ok()) {
            errors.rejectValue("on" + on.problemPart(), "date", on.message());
        } else if (on.date().isEmpty()) {
            errors.rejectValue("onDay", "required", "Enter the date");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Change(chosen, "PROVIDED".equals(change), on.date().get()));
    }
}
