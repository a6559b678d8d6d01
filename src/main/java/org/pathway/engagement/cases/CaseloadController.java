package org.pathway.engagement.cases;

import org.pathway.engagement.Cases;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.pathway.engagement.CaseStatus;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Pagination;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import java.time.Clock;
import org.pathway.platform.UkTime;
import org.pathway.workforce.Reminders;

/** The caseload: a link worker's home page, and a manager's team caseload with open safeguarding concerns. */
@Controller
class CaseloadController {

    private final CaseloadQueries caseload;
    private final Reminders reminders;
    private final Clock clock;

    CaseloadController(CaseloadQueries caseload, Reminders reminders, Clock clock) {
        this.caseload = caseload;
        this.reminders = reminders;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    @PreAuthorize(Cases.WORK)
    String showCaseload(@RequestParam(defaultValue = "open") String status, @RequestParam(required = false) String flag,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "false") boolean reviewDue,
            @RequestParam(required = false) String practitioner, @RequestParam(defaultValue = "due") String sort,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String q,
            @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        CaseStatus shown = switch (status) {
            case "closed" -> CaseStatus.CLOSED;
            case "all" -> null;
            default -> CaseStatus.OPEN;
        };
        CaseloadQueries.Flag flagged = switch (flag == null ? "" : flag) {
            case "safeguarding" -> CaseloadQueries.Flag.SAFEGUARDING;
            case "risk" -> CaseloadQueries.Flag.RISK;
            case "urgent" -> CaseloadQueries.Flag.URGENT;
            default -> null;
        };
        CaseloadQueries.Sort order = switch (sort) {
            case "last-contact" -> CaseloadQueries.Sort.LAST_CONTACT;
            case "referred" -> CaseloadQueries.Sort.REFERRED;
            case "opened" -> CaseloadQueries.Sort.OPENED;
            default -> CaseloadQueries.Sort.DUE;
        };
        UUID chosen = null;
        try {
            chosen = practitioner == null || practitioner.isBlank() ? null : UUID.fromString(practitioner);
        } catch (IllegalArgumentException unreadable) {
            chosen = null;
        }
        boolean manager = caseload.isManager(user);
        model.addAttribute("reminders", reminders.forSignedIn(user, UkTime.today(clock)));
        model.addAttribute("ownRecord", reminders.ownRecord(user).orElse(null));
        String search = q == null || q.isBlank() ? null : q.strip();
        var page1 = caseload.page(new CaseloadQueries.Query(shown, flagged, overdue, reviewDue, manager ? chosen : null, order,
                Math.max(1, page) - 1, search), user);
        model.addAttribute("rows", page1);
        model.addAttribute("rowsHtml", CaseloadRows.html(page1.getContent(), request.getContextPath()));
        model.addAttribute("pages", Pagination.of(page1, request));
        model.addAttribute("manager", manager);
        model.addAttribute("team", manager ? caseload.team(user) : java.util.List.of());
        model.addAttribute("concerns", manager ? caseload.openConcerns(user) : java.util.List.of());
        model.addAttribute("filters", new Filters(status, flag == null ? "" : flag, overdue, reviewDue,
                chosen == null ? "" : chosen.toString(), sort, search == null ? "" : search));
        model.addAttribute("user", user);
        return "engagement/cases/caseload";
    }

    record Filters(String status, String flag, boolean overdue, boolean reviewDue, String practitioner, String sort,
            String q) {}
}
