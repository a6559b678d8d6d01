package org.pathway.partnerships.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.partnerships.AgreementKind;
import org.pathway.partnerships.Agreements;
import org.pathway.partnerships.Agreements.Agreement;
import org.pathway.partnerships.Agreements.AgreementCommand;
import org.pathway.platform.NotFound;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
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

/** The agreements list with what needs attention first, one agreement, and the form for the ICS lead and admins. */
@Controller
class AgreementController {

    private static final String FORM = "partnerships/agreements/form";
    /** Agreements a page, the ones needing attention first. */
    static final int PAGE_SIZE = 50;

    private final Agreements agreements;
    private final AgreementsService service;
    private final Clock clock;

    AgreementController(Agreements agreements, AgreementsService service, Clock clock) {
        this.agreements = agreements;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    @PreAuthorize(Agreements.VIEW)
    String showAgreements(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            jakarta.servlet.http.HttpServletRequest request, Model model) {
        List<Agreement> all = agreements.agreements(UkTime.today(clock), user);
        int from = Math.min(Forms.page(page) * PAGE_SIZE, all.size());
        var shown = new org.springframework.data.domain.PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE,
                all.size())), org.springframework.data.domain.PageRequest.of(Forms.page(page), PAGE_SIZE), all.size());
        model.addAttribute("agreements", shown);
        model.addAttribute("pages", org.pathway.platform.Pagination.of(shown, request));
        model.addAttribute("flagged", all.stream().filter(a -> a.standing().flagged()).count());
        model.addAttribute("expired", all.stream().filter(a -> a.standing() == Agreements.Standing.EXPIRED).count());
        model.addAttribute("mayManage", user.can(Permissions.AGREEMENTS_MANAGE));
        model.addAttribute("reviewWithinDays", Agreements.REVIEW_WITHIN_DAYS);
        return "partnerships/agreements/list";
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize(Agreements.VIEW)
    String showAgreement(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("agreement", agreements.agreement(id, UkTime.today(clock), user)
                .orElseThrow(() -> NotFound.of("agreement", id)));
        model.addAttribute("mayManage", user.can(Permissions.AGREEMENTS_MANAGE));
        return "partnerships/agreements/show";
    }

    @GetMapping("/agreements/new")
    @PreAuthorize(Agreements.MANAGE)
    String initCreateForm(@AuthenticationPrincipal PathwayUser user, Model model) {
        AgreementForm form = AgreementForm.blank();
        model.addAttribute("form", form);
        return form(model, null, Submitted.of(form), user);
    }

    @PostMapping("/agreements/new")
    @PreAuthorize(Agreements.MANAGE)
    String processCreateForm(@ModelAttribute("form") AgreementForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        AgreementCommand command = form.read(binding);
        if (!problems(command, binding, user)) {
            try {
                UUID id = agreements.create(command, user);
                redirect.addFlashAttribute("flash", command.title().strip() + " has been added");
                return "redirect:/agreements/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return form(model, null, Submitted.of(binding), user);
    }

    @GetMapping("/agreements/{id}/edit")
    @PreAuthorize(Agreements.MANAGE)
    String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal PathwayUser user, Model model) {
        Agreement agreement = agreements.agreement(id, UkTime.today(clock), user)
                .orElseThrow(() -> NotFound.of("agreement", id));
        AgreementForm form = AgreementForm.of(agreement);
        model.addAttribute("form", form);
        return form(model, agreement, Submitted.of(form), user);
    }

    @PostMapping("/agreements/{id}/edit")
    @PreAuthorize(Agreements.MANAGE)
    String processUpdateForm(@PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        Agreement agreement = agreements.agreement(id, UkTime.today(clock), user)
                .orElseThrow(() -> NotFound.of("agreement", id));
        AgreementCommand command = form.read(binding);
        if (!problems(command, binding, user)) {
            try {
                agreements.update(id, command, user);
                redirect.addFlashAttribute("flash", "Your changes to " + command.title().strip() + " have been saved");
                return "redirect:/agreements/" + id;
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return form(model, agreement, Submitted.of(binding), user);
    }

    /**
     * Whether the form has problems: what could not be read, and then every rule the rest breaks, so all are shown at
     * once (a field already marked keeps its first message).
     */
    private boolean problems(AgreementCommand command, BindingResult binding, PathwayUser user) {
        if (!binding.hasErrors()) {
            return false;
        }
        try {
            service.check(command, user);
        } catch (Refusal refusal) {
            Forms.reject(binding, refusal);
        }
        return true;
    }

    private String form(Model model, Agreement existing, Submitted submitted, PathwayUser user) {
        model.addAttribute("existing", existing);
        model.addAttribute("submitted", submitted);
        model.addAttribute("kinds", Option.of(AgreementKind.values(), AgreementKind::label));
        model.addAttribute("parties", service.possibleParties(user).stream()
                .map(o -> new Option(o.id().toString(), o.name() + " (" + o.kind().label() + ")")).toList());
        return FORM;
    }
}
