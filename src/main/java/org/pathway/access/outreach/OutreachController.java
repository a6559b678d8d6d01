package org.pathway.access.outreach;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.pathway.access.ContactOutcome;
import org.pathway.access.outreach.Outreach.ImportReport;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Outreach lists: import, work through welfare checks, see who else has already called. */
@Controller
class OutreachController {

    private final Outreach outreach;

    OutreachController(Outreach outreach) {
        this.outreach = outreach;
    }

    /** The import form: a name for the list, its CSV file, and whether one bad row stops the import. */
    record ImportForm(String name, MultipartFile file, Boolean allOrNothing) {

        static ImportForm blank() {
            return new ImportForm(null, null, false);
        }
    }

    /** What happened on a call to someone on a welfare check. */
    record ContactForm(ContactOutcome outcome, String note) {}

    @GetMapping("/outreach")
    String lists(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        model.addAttribute("form", ImportForm.blank());
        showLists(outreach.lists(user, PageRequest.of(Math.max(page, 1) - 1, 25)), request, model);
        return "access/outreach/lists";
    }

    @PostMapping("/outreach")
    String importList(@ModelAttribute("form") ImportForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) throws IOException {
        if (form.name() == null || form.name().isBlank()) {
            binding.rejectValue("name", "required", "Enter a name for the list");
        }
        if (form.file() == null || form.file().isEmpty()) {
            binding.rejectValue("file", "required", "Choose a CSV file to import");
        }
        if (binding.hasErrors()) {
            showLists(outreach.lists(user, PageRequest.of(0, 25)), request, model);
            return "access/outreach/lists";
        }
        try (Reader reader = new InputStreamReader(form.file().getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = outreach.importList(form.name(), form.file().getOriginalFilename(), reader,
                    Boolean.TRUE.equals(form.allOrNothing()), user);
            model.addAttribute("report", report);
            return "access/outreach/report";
        }
    }

    @GetMapping("/outreach/{listId}")
    String list(@PathVariable UUID listId, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        model.addAttribute("list", outreach.list(listId, user).orElseThrow(() -> NotFound.of("outreach list", listId)));
        Page<Outreach.CheckRow> checks = outreach.checks(listId, open, user, PageRequest.of(Math.max(page, 1) - 1, 50));
        model.addAttribute("checks", checks);
        model.addAttribute("pages", Pagination.of(checks, request));
        model.addAttribute("open", open);
        return "access/outreach/list";
    }

    @GetMapping("/outreach/checks/{checkId}")
    String check(@PathVariable UUID checkId, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("check", outreach.check(checkId, user).orElseThrow(() -> NotFound.of("welfare check", checkId)));
        model.addAttribute("outcomes", ContactOutcome.values());
        model.addAttribute("form", new ContactForm(null, null));
        return "access/outreach/check";
    }

    @PostMapping("/outreach/checks/{checkId}/contacts")
    String recordContact(@PathVariable UUID checkId, @ModelAttribute("form") ContactForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        var check = outreach.check(checkId, user).orElseThrow(() -> NotFound.of("welfare check", checkId));
        if (form.outcome() == null && !binding.hasFieldErrors("outcome")) {
            binding.rejectValue("outcome", "required", "Choose what happened when you made contact");
        }
        if (binding.hasErrors()) {
            model.addAttribute("check", check);
            model.addAttribute("outcomes", ContactOutcome.values());
            return "access/outreach/check";
        }
        outreach.recordContact(checkId, form.outcome(), form.note(), user);
        redirect.addFlashAttribute("flash", "Contact recorded: " + form.outcome().label());
        return "redirect:/outreach/checks/" + checkId;
    }

    private static void showLists(Page<Outreach.ListSummary> lists, HttpServletRequest request, Model model) {
        model.addAttribute("lists", lists);
        model.addAttribute("pages", Pagination.of(lists, request));
    }
}
