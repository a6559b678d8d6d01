package org.pathway.workforce.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.shared.DateParts;
import org.pathway.workforce.Equipment;
import org.pathway.workforce.Equipment.Readiness;
import org.pathway.workforce.EquipmentItem;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.practitioners.PractitionerRecordAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practitioner's equipment and remote readiness, on any date; their manager records changes. */
@Controller
class EquipmentController {

    private final Equipment equipment;
    private final PractitionerRecordAccess access;
    private final Clock clock;

    EquipmentController(Equipment equipment, PractitionerRecordAccess access, Clock clock) {
        this.equipment = equipment;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/practitioners/{id}/equipment")
    @PreAuthorize(Equipment.VIEW)
    String showEquipment(@PathVariable PractitionerId id, @RequestParam(required = false) String asOnDay,
            @RequestParam(required = false) String asOnMonth, @RequestParam(required = false) String asOnYear,
            @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("form", EquipmentForm.blank());
        return page(id, user, model, asOnDay, asOnMonth, asOnYear);
    }

    @PostMapping("/practitioners/{id}/equipment")
    @PreAuthorize(Equipment.MANAGE)
    String recordChange(@PathVariable PractitionerId id, @ModelAttribute("form") EquipmentForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        Readiness before = readiness(id, UkTime.today(clock), user);
        Optional<EquipmentForm.Change> change = form.validate(binding);
        if (change.isPresent()) {
            try {
                if (change.get().provided()) {
                    equipment.provide(id, change.get().item(), change.get().on(), user);
                } else {
                    equipment.withdraw(id, change.get().item(), change.get().on(), user);
                }
                redirect.addFlashAttribute("flash", change.get().item().label() + (change.get().provided()
                        ? " provided to " : " withdrawn from ") + before.practitionerName() + " has been recorded");
                return "redirect:/practitioners/" + id + "/equipment";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return page(id, user, model, null, null, null);
    }

    private Readiness readiness(PractitionerId id, LocalDate on, PathwayUser user) {
        return equipment.readiness(id, on, user).orElseThrow(() -> NotFound.of("practitioner", id));
    }

    private String page(PractitionerId id, PathwayUser user, Model model, String day, String month, String year) {
        LocalDate today = UkTime.today(clock);
        DateParts.Outcome asOn = DateParts.read("Date", day, month, year);
        model.addAttribute("asOnProblem", asOn.ok() ? null : asOn.message());
        model.addAttribute("asOnDay", day);
        model.addAttribute("asOnMonth", month);
        model.addAttribute("asOnYear", year);
        LocalDate on = asOn.ok() ? asOn.date().orElse(today) : today;
        model.addAttribute("readiness", readiness(id, on, user));
        model.addAttribute("items", Arrays.stream(EquipmentItem.values())
                .map(i -> new Option(i.name(), i.label())).toList());
        model.addAttribute("changes", List.of(new Option("PROVIDED", "Provided"), new Option("WITHDRAWN", "Withdrawn")));
        model.addAttribute("mayRecord", access.managed(id, user).isPresent());
        return "workforce/equipment/practitioner";
    }
}
