package org.pathway.governance.navigation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Builds the header navigation from what the signed-in user's role may reach. */
@ControllerAdvice
class NavigationAdvice {

    record NavItem(String label, String href, String permission, boolean current) {}

    private static final List<NavItem> ITEMS = List.of(
            new NavItem("Home", "/", null, false),
            new NavItem("Caseload", "/caseload", Permissions.CASES_WORK, false),
            new NavItem("Refer someone", "/referrals/new", Permissions.REFERRALS_SUBMIT, false),
            new NavItem("Triage", "/triage", Permissions.REFERRALS_TRIAGE, false),
            new NavItem("My referrals", "/referrals/mine", Permissions.REFERRALS_TRACK, false),
            new NavItem("Outreach", "/outreach", Permissions.OUTREACH_WORK, false),
            new NavItem("Directory", "/directory", Permissions.DIRECTORY_VIEW, false),
            new NavItem("Connections", "/directory/connections", Permissions.CONNECTIONS_ANSWER, false),
            new NavItem("Gaps", "/directory/gaps", Permissions.GAPS_VIEW, false),
            new NavItem("Organisations", "/organisations", Permissions.ORGANISATIONS_VIEW, false),
            new NavItem("Services", "/services", Permissions.SERVICES_VIEW, false),
            new NavItem("Team", "/team", Permissions.TEAM_VIEW, false),
            new NavItem("Workforce", "/workforce", Permissions.WORKFORCE_OVERVIEW, false),
            new NavItem("Agreements", "/agreements", Permissions.AGREEMENTS_VIEW, false),
            new NavItem("Peer support", "/peer-support", Permissions.PEER_SUPPORT_VIEW, false),
            new NavItem("Practitioners", "/practitioners", Permissions.PRACTITIONERS_VIEW, false),
            new NavItem("Measures", "/measures", Permissions.MEASURES_DEFINE, false),
            new NavItem("Users", "/admin/users", Permissions.USERS_MANAGE, false),
            new NavItem("Audit log", "/admin/audit", Permissions.AUDIT_READ, false));

    /** The signed-in user for the page header; null on public pages. */
    @ModelAttribute("signedIn")
    PathwayUser signedIn(@AuthenticationPrincipal PathwayUser user) {
        return user;
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation(@AuthenticationPrincipal PathwayUser user, HttpServletRequest request) {
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavItem> items = ITEMS.stream()
                .filter(item -> item.permission() == null || user.can(item.permission()))
                .toList();
        // Only the most specific item is current (/directory/connections is "Connections", not also "Directory").
        String current = items.stream().map(NavItem::href).filter(href -> isCurrent(href, path))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        return items.stream()
                .map(item -> new NavItem(item.label(), item.href(), item.permission(), item.href().equals(current)))
                .toList();
    }

    private static boolean isCurrent(String href, String path) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }
}
