package org.pathway.activities.connections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pathway.activities.ConnectionStatus;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The provider's side of the loop: referrals to its own organisation's listings, with only what it needs to contact
 * the person, and only while the person consents to share; it accepts or declines and confirms attendance.
 */
@Controller
@PreAuthorize("hasAuthority('" + Permissions.CONNECTIONS_ANSWER + "')")
class ProviderConnectionsController {

    record AnswerForm(@NotNull(message = "Choose your answer before saving") ConnectionStatus status,
            @Size(max = 2000, message = "Keep the reason under 2,000 characters") String note) {}

    /** A choice of the status filter, with how many connections it shows. */
    record StatusChoice(String value, String text, long count, boolean selected) {}

    private final ProviderConnectionsQueries connections;
    private final ConnectionChanges changes;

    ProviderConnectionsController(ProviderConnectionsQueries connections, ConnectionChanges changes) {
        this.connections = connections;
        this.changes = changes;
    }

    /** The statuses a provider filters by, in the order of the loop; the first is the one waiting for them. */
    static final List<ConnectionStatus> FILTERS = List.of(ConnectionStatus.REFERRED, ConnectionStatus.ACCEPTED,
            ConnectionStatus.ATTENDED, ConnectionStatus.ONGOING, ConnectionStatus.DID_NOT_ATTEND,
            ConnectionStatus.COMPLETED, ConnectionStatus.DECLINED, ConnectionStatus.STOPPED);

    static String filterText(ConnectionStatus status) {
        return status == ConnectionStatus.REFERRED ? "Waiting for your answer"
                : status == ConnectionStatus.ACCEPTED ? "Accepted: waiting to hear if they came" : status.label();
    }

    @GetMapping("/directory/connections")
    String showConnections(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user, Model model,
            HttpServletRequest request) {
        ConnectionStatus chosen = FILTERS.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
        String words = q == null || q.isBlank() ? null : q.strip();
        ProviderConnectionsQueries.ProviderList list = connections.forProvider(user,
                new ProviderConnectionsQueries.ProviderFilter(chosen, words),
                Math.max(1, page) - 1);
        List<StatusChoice> choices = new ArrayList<>();
        choices.add(new StatusChoice("", "All", list.total(), chosen == null));
        FILTERS.forEach(s -> choices.add(new StatusChoice(s.name(), filterText(s), list.counts().getOrDefault(s, 0L),
                s == chosen)));
        model.addAttribute("rows", list.rows());
        model.addAttribute("choices", choices);
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statusText", chosen == null ? null : filterText(chosen).toLowerCase(Locale.UK));
        model.addAttribute("q", words);
        model.addAttribute("page", Math.max(1, page));
        model.addAttribute("pages", Pagination.of(list.rows(), request));
        return "activities/connections/provider";
    }

    /**
     * Records the answer and goes back to the same filter, search and page, whose order does not depend on the
     * answer; a problem is shown there with what was typed kept.
     */
    @PostMapping("/directory/connections/{connectionId}")
    String answer(@PathVariable UUID connectionId, @Valid AnswerForm form, BindingResult errors,
            @RequestParam(required = false) String filter, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @AuthenticationPrincipal PathwayUser user,
            RedirectAttributes redirect) {
        String problem = null;
        if (!errors.hasErrors()) {
            try {
                changes.answer(connectionId, form.status(), form.note(), user);
                redirect.addFlashAttribute("done", "Recorded: " + form.status().label().toLowerCase(Locale.UK) + ".");
            } catch (Refusal e) {
                problem = e.firstMessage();
            }
        } else {
            problem = errors.getAllErrors().get(0).getDefaultMessage();
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            redirect.addFlashAttribute("failedId", connectionId);
            redirect.addFlashAttribute("failedStatus", form.status() == null ? "" : form.status().name());
            redirect.addFlashAttribute("failedNote", form.note());
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/directory/connections");
        if (filter != null && FILTERS.stream().anyMatch(s -> s.name().equals(filter))) {
            back.queryParam("status", filter);
        }
        if (q != null && !q.isBlank()) {
            back.queryParam("q", q.strip());
        }
        if (page != null && page > 1) {
            back.queryParam("page", page);
        }
        return "redirect:" + back.encode().build().toUriString();
    }
}
