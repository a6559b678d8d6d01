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
import org.pathway.platform.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** Outreach lists: import, work through welfare checks, see who else has already called. */
@Controller
class OutreachController {

    private final Outreach outreach;

    OutreachController(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping("/outreach")
    String lists(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        showLists(outreach.lists(user, PageRequest.of(Math.max(page, 1) - 1, 25)), request, model);
        return "access/outreach/lists";
    }

    @PostMapping("/outreach")
    String importList(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean allOrNothing, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) throws IOException {
        model.addAttribute("name", name);
        model.addAttribute("allOrNothing", allOrNothing);
        boolean noName = name.isBlank();
        boolean noFile = file == null || file.isEmpty();
        if (noName || noFile) {
            model.addAttribute("nameError", noName ? "Enter a name for the list" : null);
            model.addAttribute("fileError", noFile ? "Choose a CSV file to import" : null);
            showLists(outreach.lists(user, PageRequest.of(0, 25)), request, model);
            return "access/outreach/lists";
        }
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = outreach.importList(name, file.getOriginalFilename(), reader, allOrNothing, user);
            model.addAttribute("report", report);
            return "access/outreach/report";
        }
    }

    @GetMapping("/outreach/{listId}")
    String list(@PathVariable UUID listId, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        model.addAttribute("list", outreach.list(listId, user).orElseThrow(OutreachController::notFound));
        Page<Outreach.CheckRow> checks = outreach.checks(listId, open, user, PageRequest.of(Math.max(page, 1) - 1, 50));
        model.addAttribute("checks", checks);
        model.addAttribute("pages", Pagination.of(checks, request));
        model.addAttribute("open", open);
        return "access/outreach/list";
    }

    @GetMapping("/outreach/checks/{checkId}")
    String check(@PathVariable UUID checkId, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("check", outreach.check(checkId, user).orElseThrow(OutreachController::notFound));
        model.addAttribute("outcomes", ContactOutcome.values());
        return "access/outreach/check";
    }

    @PostMapping("/outreach/checks/{checkId}/contacts")
    String recordContact(@PathVariable UUID checkId, @RequestParam(required = false) ContactOutcome outcome,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal PathwayUser user, Model model,
            RedirectAttributes redirect) {
        var check = outreach.check(checkId, user).orElseThrow(OutreachController::notFound);
        if (outcome == null) {
            model.addAttribute("check", check);
            model.addAttribute("outcomes", ContactOutcome.values());
            model.addAttribute("note", note);
            model.addAttribute("outcomeError", "Choose what happened when you made contact");
            return "access/outreach/check";
        }
        outreach.recordContact(checkId, outcome, note, user);
        redirect.addFlashAttribute("flash", "Contact recorded: " + outcome.label());
        return "redirect:/outreach/checks/" + checkId;
    }

    private static void showLists(Page<Outreach.ListSummary> lists, HttpServletRequest request, Model model) {
        model.addAttribute("lists", lists);
        model.addAttribute("pages", Pagination.of(lists, request));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
