package org.pathway.activities.connections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.pathway.activities.ConnectionStatus;
import org.pathway.activities.connections.Connection.IllegalTransition;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's side of the loop: referrals to its own organisation's listings, with only what it needs to contact
 * the person, and only while the person consents to share; it accepts or declines and confirms attendance.
 */
@Controller
@PreAuthorize("hasAuthority('" + Permissions.CONNECTIONS_ANSWER + "')")
class ProviderConnectionsController {

    record AnswerForm(@NotNull(message = "Choose an answer") ConnectionStatus status,
            @Size(max = 2000, message = "Keep the reason under 2,000 characters") String note) {}

    private final ConnectionWork work;

    ProviderConnectionsController(ConnectionWork work) {
        this.work = work;
    }

    @GetMapping("/directory/connections")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PathwayUser user, Model model,
            HttpServletRequest request) {
        Page<ConnectionWork.ProviderRow> rows = work.forProvider(user, Math.max(0, page));
        model.addAttribute("rows", rows);
        model.addAttribute("pages", Pagination.of(rows, request));
        return "activities/connections/provider";
    }

    @PostMapping("/directory/connections/{connectionId}")
    String answer(@PathVariable UUID connectionId, @Valid AnswerForm form, BindingResult errors,
            @AuthenticationPrincipal PathwayUser user, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                work.answer(connectionId, form.status(), form.note(), user);
                redirect.addFlashAttribute("done", "Recorded: " + form.status().label().toLowerCase(Locale.UK) + ".");
                return "redirect:/directory/connections";
            } catch (IllegalTransition e) {
                model.addAttribute("problem", e.getMessage());
            }
        } else {
            model.addAttribute("problem", errors.getAllErrors().get(0).getDefaultMessage());
        }
        return list(0, user, model, request);
    }
}
