package org.pathway.governance.navigation;

import java.util.List;
import org.pathway.governance.HomeNotices;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.governance.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the signed-in user can do from here, by role, and what the modules ask them to see to. */
@Controller
class HomeController {

    private final List<HomeNotices> notices;

    HomeController(List<HomeNotices> notices) {
        this.notices = notices;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PathwayUser user, Model model) {
        if (user.role() == Role.LINK_WORKER && user.can(Permissions.CASES_WORK)) {
            // A link worker's day starts from their caseload.
            return "forward:/caseload";
        }
        model.addAttribute("user", user);
        model.addAttribute("notices", notices.stream().flatMap(n -> n.noticesFor(user).stream()).toList());
        return "home";
    }
}
