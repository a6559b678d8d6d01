package org.pathway.governance.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathway.platform.UkDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit log page for administrators: search, page through, and verify the hash chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

    /** The actions Pathway writes, with the words the page uses for them. */
    static final Map<String, String> ACTIONS = actions();


    private final AuditLogAdministration auditLog;

    AuditLogController(AuditLogAdministration auditLog) {
        this.auditLog = auditLog;
    }

    record Row(long id, String when, String actor, String action, String recordType, String recordId, String detail,
            String clientAddress, String subject) {}

    record Option(String value, String label) {}

    @GetMapping
    String showLog(@ModelAttribute("filters") AuditFilters filters, BindingResult result, Model model) {
        Optional<AuditSearch.Criteria> criteria = filters.validate(result);
        model.addAttribute("actions", actionOptions(filters.action()));
        model.addAttribute("recordTypes", recordTypeOptions(filters.recordType()));
        model.addAttribute("filtered", filters.hasFilters());
        if (criteria.isEmpty()) {
            model.addAttribute("rows", List.of());
            model.addAttribute("searched", false);
            return "admin/audit/log";
        }
        Optional<AuditCursor> before = AuditCursor.parse(filters.before());
        Optional<AuditCursor> after = before.isPresent() ? Optional.empty() : AuditCursor.parse(filters.after());
        AuditSearch.Page page = auditLog.search(criteria.get(), before, after);
        model.addAttribute("searched", true);
        Map<String, String> subjects = auditLog.describe(page.entries());
        model.addAttribute("rows", page.entries().stream().map(e -> row(e, subjects)).toList());
        model.addAttribute("newer", page.newer().map(c -> link(filters, "after", c)).orElse(null));
        model.addAttribute("older", page.older().map(c -> link(filters, "before", c)).orElse(null));
        model.addAttribute("firstPage", before.isEmpty() && after.isEmpty());
        return "admin/audit/log";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        AuditChainVerifier.Result result = auditLog.verifyChain();
        if (result.intact()) {
            redirect.addFlashAttribute("flash", result.describe());
        } else {
            redirect.addFlashAttribute("chainBroken", result.describe());
        }
        return "redirect:/admin/audit";
    }

    private static String link(AuditFilters filters, String name, AuditCursor cursor) {
        return filters.link().queryParam(name, cursor.token()).build().encode().toUriString();
    }

    private static Row row(AuditSearch.Entry e, Map<String, String> subjects) {
        return new Row(e.id(), UkDates.dayTimeSeconds(e.occurredAt()), e.actor(),
                ACTIONS.getOrDefault(e.action(), e.action()), e.recordType(), e.recordId(), e.detail(),
                e.clientAddress(), subjects.get(AuditLogAdministration.key(e.recordType(), e.recordId())));
    }

    private static List<Option> actionOptions(String selected) {
        List<Option> options = new ArrayList<>();
        ACTIONS.forEach((value, label) -> options.add(new Option(value, label)));
        if (!AuditSearch.blank(selected) && !ACTIONS.containsKey(selected.strip())) {
            options.add(new Option(selected.strip(), selected.strip()));
        }
        return options;
    }

    private List<Option> recordTypeOptions(String selected) {
        List<Option> options = new ArrayList<>(auditLog.recordTypes().stream().map(t -> new Option(t, t)).toList());
        if (!AuditSearch.blank(selected) && options.stream().noneMatch(o -> o.value().equals(selected.strip()))) {
            options.add(new Option(selected.strip(), selected.strip()));
        }
        return options;
    }

    private static Map<String, String> actions() {
        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("VIEW", "Viewed");
        actions.put("CHANGE", "Changed");
        actions.put("CREATE", "Created");
        actions.put("SIGN_IN", "Signed in");
        actions.put("SIGN_IN_FAILED", "Sign-in failed");
        actions.put("VERIFY", "Checked the audit chain");
        return Collections.unmodifiableMap(actions);
    }
}
