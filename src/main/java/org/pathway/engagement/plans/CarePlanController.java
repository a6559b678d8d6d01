package org.pathway.engagement.plans;

import org.pathway.engagement.Cases;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.pathway.engagement.plans.CarePlans.ActionForm;
import org.pathway.engagement.plans.CarePlans.GoalForm;
import org.pathway.engagement.plans.CarePlans.ProgressForm;
import org.pathway.engagement.plans.CarePlans.ReviewForm;
import org.pathway.engagement.plans.CarePlans.WhatMattersForm;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page (what matters, goals and progress, actions, reviews) and the printable plan. */
@Controller
@RequestMapping("/cases/{caseId}/plan")
class CarePlanController {

    private final CarePlans plans;
    private final LinkWorkerContact linkWorker;

    CarePlanController(CarePlans plans, LinkWorkerContact linkWorker) {
        this.plans = plans;
        this.linkWorker = linkWorker;
    }

    @GetMapping
    @PreAuthorize(Cases.WORK)
    String showPlan(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        return show(caseId, user, model, null);
    }

    @GetMapping("/print")
    @PreAuthorize(Cases.WORK)
    String showPrintablePlan(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CarePlans.Shown shown = plans.show(caseId, user);
        model.addAttribute("case", shown.header());
        model.addAttribute("plan", shown.plan());
        model.addAttribute("today", shown.today());
        model.addAttribute("linkWorker", linkWorker.of(shown.header(), user));
        return "engagement/plans/print";
    }

    @PostMapping("/what-matters")
    @PreAuthorize(Cases.WORK)
    String recordWhatMatters(@PathVariable UUID caseId, @ModelAttribute("whatMattersForm") WhatMattersForm form,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return change(caseId, user, model, redirect, "What matters to me saved",
                () -> plans.saveWhatMatters(caseId, form, user));
    }

    @PostMapping("/goals")
    @PreAuthorize(Cases.WORK)
    String addGoal(@PathVariable UUID caseId, @ModelAttribute("goalForm") GoalForm form,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return change(caseId, user, model, redirect, "Goal added", () -> plans.addGoal(caseId, form, user));
    }

    @PostMapping("/goals/{goalId}/progress")
    @PreAuthorize(Cases.WORK)
    String recordProgress(@PathVariable UUID caseId, @PathVariable UUID goalId, ProgressForm form,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("progressGoal", goalId);
        model.addAttribute("progressForm", form);
        return change(caseId, user, model, redirect, "Progress recorded",
                () -> plans.recordProgress(caseId, goalId, form, user));
    }

    @PostMapping("/goals/{goalId}/status")
    @PreAuthorize(Cases.WORK)
    String changeGoalStatus(@PathVariable UUID caseId, @PathVariable UUID goalId, @RequestParam(required = false) String status,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return change(caseId, user, model, redirect, "Goal status changed",
                () -> plans.setGoalStatus(caseId, goalId, status, user));
    }

    @PostMapping("/actions")
    @PreAuthorize(Cases.WORK)
    String addAction(@PathVariable UUID caseId, @ModelAttribute("actionForm") ActionForm form,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return change(caseId, user, model, redirect, "Action added", () -> plans.addAction(caseId, form, user));
    }

    @PostMapping("/actions/{actionId}/done")
    @PreAuthorize(Cases.WORK)
    String completeAction(@PathVariable UUID caseId, @PathVariable UUID actionId, @AuthenticationPrincipal PathwayUser user,
            Model model, RedirectAttributes redirect) {
        return change(caseId, user, model, redirect, "Action marked done", () -> plans.markDone(caseId, actionId, user));
    }

    @PostMapping("/reviews")
    @PreAuthorize(Cases.WORK)
    String addReview(@PathVariable UUID caseId, @ModelAttribute("reviewForm") ReviewForm form,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        return change(caseId, user, model, redirect, "Review date added", () -> plans.addReview(caseId, form, user));
    }

    /** Makes the change and goes back to the plan; a refusal shows the plan again with the problems. */
    private String change(UUID caseId, PathwayUser user, Model model, RedirectAttributes redirect, String done,
            Runnable change) {
        try {
            change.run();
        } catch (Refusal refused) {
            return show(caseId, user, model, refused);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/cases/" + caseId + "/plan";
    }

    /**
     * The plan page, with a refusal's problems (if any) in the binding result "problems", keyed by the id of the
     * input at fault: the page has several forms, and the error summary links to the input in whichever it is.
     */
    private String show(UUID caseId, PathwayUser user, Model model, Refusal refusal) {
        CarePlans.Shown shown = plans.show(caseId, user);
        MapBindingResult problems = new MapBindingResult(new LinkedHashMap<>(), "problems");
        if (refusal != null) {
            Forms.reject(problems, refusal);
        }
        model.addAttribute("case", shown.header());
        model.addAttribute("plan", shown.plan());
        model.addAttribute("today", shown.today());
        model.addAttribute("problems", problems.getTargetMap());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "problems", problems);
        model.addAttribute("domains", GoalDomain.values());
        model.addAttribute("statuses", GoalStatus.values());
        if (!model.containsAttribute("whatMattersForm")) {
            var current = shown.plan().currentWhatMatters();
            model.addAttribute("whatMattersForm", new WhatMattersForm(current == null ? null : current.words()));
        }
        if (!model.containsAttribute("goalForm")) {
            model.addAttribute("goalForm", new GoalForm(null, null, null, null, null, null));
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new ActionForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm(null, null, null, null));
        }
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", new ProgressForm(null, null));
        }
        return "engagement/plans/plan";
    }

}
