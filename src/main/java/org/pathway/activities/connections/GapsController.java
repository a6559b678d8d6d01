package org.pathway.activities.connections;

import java.util.stream.Collectors;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Gaps in provision: unmet needs by category and locality, small numbers suppressed. */
@Controller
@PreAuthorize("hasAuthority('" + Permissions.GAPS_VIEW + "')")
class GapsController {

    private final GapsQueries gaps;

    GapsController(GapsQueries gaps) {
        this.gaps = gaps;
    }

    @GetMapping("/directory/gaps")
    String showGaps(@AuthenticationPrincipal PathwayUser user, Model model) {
        GapsQueries.Gaps gaps = this.gaps.gaps(user);
        model.addAttribute("gaps", gaps);
        model.addAttribute("everyone", user.role() == org.pathway.governance.Role.ICS_LEAD);
        model.addAttribute("chartLabels", String.join("|", gaps.categories()));
        model.addAttribute("chartValues", gaps.categories().stream().map(c -> String.valueOf(gaps.chartValue(c)))
                .collect(Collectors.joining("|")));
        return "activities/connections/gaps";
    }
}
