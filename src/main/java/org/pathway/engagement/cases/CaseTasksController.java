package org.pathway.engagement.cases;

import org.pathway.platform.web.Option;
import org.pathway.platform.Refusal;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pathway.engagement.CaseSummary;
import org.pathway.engagement.Cases;
import org.pathway.engagement.cases.CaseForms.TaskForm;
import org.pathway.governance.PathwayUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's tasks page: open and done tasks, adding one and completing one. */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseTasksController {

    private final CaseAccess access;
    private final CaseTasks tasks;
    private final CaseFigures figures;

    CaseTasksController(CaseAccess access, CaseTasks tasks, CaseFigures figures) {
        this.access = access;
        this.tasks = tasks;
        this.figures = figures;
    }

    @GetMapping("/tasks")
    @PreAuthorize(Cases.WORK)
    String showTasks(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseSummary header = access.require(caseId, user);
        model.addAttribute("form", TaskForm.blank());
        return tasks(header, model);
    }

    @PostMapping("/tasks")
    @PreAuthorize(Cases.WORK)
    String addTask(@PathVariable UUID caseId, @Valid @ModelAttribute("form") TaskForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        form.checkDate(binding);
        if (!binding.hasErrors() && CaseChanges.made(binding, () -> tasks.addTask(header, form, user), redirect)) {
            return "redirect:/cases/" + caseId + "/tasks";
        }
        return tasks(header, model);
    }

    @PostMapping("/tasks/{taskId}/complete")
    @PreAuthorize(Cases.WORK)
    String completeTask(@PathVariable UUID caseId, @PathVariable UUID taskId, @AuthenticationPrincipal PathwayUser user,
            RedirectAttributes redirect) {
        CaseSummary header = access.require(caseId, user);
        try {
            redirect.addFlashAttribute("flash", tasks.completeTask(header, taskId, user));
        } catch (Refusal refused) {
            redirect.addFlashAttribute("flashError", refused.firstMessage());
        }
        return "redirect:/cases/" + caseId + "/tasks";
    }

    private String tasks(CaseSummary header, Model model) {
        model.addAttribute("case", header);
        model.addAttribute("openTasks", tasks.tasks(header, true));
        model.addAttribute("doneTasks", tasks.tasks(header, false));
        model.addAttribute("today", figures.today());
        model.addAttribute("taskKinds", List.of(new Option("NEXT_CONTACT", "Next contact due"),
                new Option("REVIEW", "Review due"), new Option("OTHER", "Something else")));
        return "engagement/cases/tasks";
    }
}
