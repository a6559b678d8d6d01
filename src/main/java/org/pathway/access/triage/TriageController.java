package org.pathway.access.triage;

import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import jakarta.servlet.http.HttpServletRequest;
import org.pathway.access.ReferralId;
import org.pathway.access.referrals.ReferralStatus;
import org.pathway.access.triage.Triage.QueuePage;
import org.pathway.access.triage.Triage.ReferralView;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Role;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.ServiceId;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The triage pages: the user's queues, one service's queue, and the triage page with its four decisions. */
@Controller
@RequestMapping("/triage")
class TriageController {

    private static final String REFERRAL_PAGE = "access/triage/referral";

    private final Triage triage;

    TriageController(Triage triage) {
        this.triage = triage;
    }

    /**
     * What was typed into the decision forms, kept when a decision is refused. Each form posts its own fields; a
     * refusal is put on the one at fault ({@code knownPerson} is the "possibly the same person" choice).
     */
    record DecisionForm(String practitioner, String outsideCriteriaReason, String declineReason, String toService,
            String redirectReason, String knownPerson) {

        static DecisionForm blank() {
            return new DecisionForm(null, null, null, null, null, null);
        }
    }

    @GetMapping
    @PreAuthorize(Triage.TRIAGE)
    String queues(@AuthenticationPrincipal PathwayUser user, Model model) {
        var queues = triage.queues(user);
        model.addAttribute("queues", queues);
        model.addAttribute("manager", user.role() == Role.SERVICE_MANAGER);
        model.addAttribute("overdueTotal", queues.stream().mapToLong(Triage.ServiceQueue::overdue).sum());
        return "access/triage/queues";
    }

    @GetMapping("/services/{serviceId}")
    @PreAuthorize(Triage.TRIAGE)
    String queue(@PathVariable ServiceId serviceId, @RequestParam(defaultValue = "new") String list,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String q,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) {
        ReferralStatus status = "waiting".equals(list) ? ReferralStatus.WAITLISTED : ReferralStatus.RECEIVED;
        QueuePage queue = triage.queue(serviceId, status, q, Math.max(1, page) - 1, user);
        model.addAttribute("queue", queue);
        boolean waiting = status == ReferralStatus.WAITLISTED;
        model.addAttribute("waiting", waiting);
        model.addAttribute("rowsHtml", QueueRows.html(queue.rows().getContent(), waiting, request.getContextPath()));
        model.addAttribute("pages", Pagination.of(queue.rows(), request));
        boolean manager = user.role() == Role.SERVICE_MANAGER;
        model.addAttribute("figures", manager ? triage.figures(serviceId, user) : null);
        return "access/triage/queue";
    }

    @GetMapping("/referrals/{id}")
    @PreAuthorize(Triage.TRIAGE)
    String referral(@PathVariable ReferralId id, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("form", DecisionForm.blank());
        return show(id, user, model);
    }

    @PostMapping("/referrals/{id}/accept")
    @PreAuthorize(Triage.TRIAGE)
    String accept(@PathVariable ReferralId id, @ModelAttribute("form") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return decide(id, binding, user, model, redirect, () -> {
            PractitionerId practitioner;
            try {
                practitioner = PractitionerId.of(form.practitioner());
            } catch (IllegalArgumentException unreadable) {
                throw Refusal.of("practitioner", "Choose one of this service's practitioners");
            }
            triage.accept(id, practitioner, form.outsideCriteriaReason(), user);
            return "Referral accepted and allocated";
        });
    }

    @PostMapping("/referrals/{id}/decline")
    @PreAuthorize(Triage.TRIAGE)
    String decline(@PathVariable ReferralId id, @ModelAttribute("form") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return decide(id, binding, user, model, redirect, () -> {
            triage.decline(id, form.declineReason(), user);
            return "Referral declined: the referrer will see your reason";
        });
    }

    @PostMapping("/referrals/{id}/redirect")
    @PreAuthorize(Triage.TRIAGE)
    String redirect(@PathVariable ReferralId id, @ModelAttribute("form") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return decide(id, binding, user, model, redirect, () -> {
            ServiceId to;
            try {
                to = ServiceId.of(form.toService());
            } catch (IllegalArgumentException unreadable) {
                throw Refusal.of("toService", "Choose one of the services listed");
            }
            String reference = triage.redirect(id, to, form.redirectReason(), user);
            return "Referral redirected: the new referral is " + reference;
        });
    }

    @PostMapping("/referrals/{id}/waitlist")
    @PreAuthorize(Triage.TRIAGE)
    String waitlist(@PathVariable ReferralId id, @ModelAttribute("form") DecisionForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return decide(id, binding, user, model, redirect, () -> {
            triage.waitlist(id, user);
            return "Referral placed on the waiting list";
        });
    }

    @PostMapping("/referrals/{id}/link-person")
    @PreAuthorize(Triage.TRIAGE)
    String linkPerson(@PathVariable ReferralId id, @ModelAttribute("form") DecisionForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return decide(id, binding, user, model, redirect, () -> {
            org.pathway.people.PersonId person;
            try {
                person = new org.pathway.people.PersonId(java.util.UUID.fromString(String.valueOf(form.knownPerson())));
            } catch (IllegalArgumentException unreadable) {
                throw Refusal.of("knownPerson", "Choose one of the people listed as possibly the same person");
            }
            String name = triage.linkToKnownPerson(id, person, user);
            return "Referral linked to " + name + ", already on record";
        });
    }

    private interface Decision {
        String make();
    }

    /** Makes the decision and goes back to the referral; a refusal is shown on the page, beside the field at fault. */
    private String decide(ReferralId id, BindingResult binding, PathwayUser user, Model model,
            RedirectAttributes redirect, Decision decision) {
        try {
            String message = decision.make();
            redirect.addFlashAttribute("flash", message);
            return "redirect:/triage/referrals/" + id;
        } catch (Refusal refused) {
            Forms.reject(binding, refused);
            return show(id, user, model);
        } catch (ObjectOptimisticLockingFailureException changed) {
            binding.reject("changed", "Someone else changed this referral while you were looking at it: check it again");
            return show(id, user, model);
        }
    }

    private String show(ReferralId id, PathwayUser user, Model model) {
        ReferralView referral = triage.referral(id, user);
        model.addAttribute("referral", referral);
        model.addAttribute("anyOverCap", referral.practitioners().stream().anyMatch(Triage.PractitionerChoice::wouldPassCap));
        return REFERRAL_PAGE;
    }
}
