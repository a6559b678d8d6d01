package org.pathway.workforce.team;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.Pagination;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Json;
import org.pathway.workforce.OrganisationId;
import org.pathway.workforce.OrganisationStructure;
import org.pathway.workforce.Pulse;
import org.pathway.workforce.Pulse.TeamPeriod;
import org.pathway.workforce.TimeUse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The line manager's team page: one row per practitioner, sortable, and the team's pulse over the last year. */
@Controller
class TeamController {

    static final int PAGE_SIZE = 50;
    static final int TREND_MONTHS = 12;

    private final TeamQueries team;
    private final Pulse pulse;
    private final TimeUse timeUse;
    private final OrganisationStructure structure;
    private final Clock clock;

    TeamController(TeamQueries team, Pulse pulse, TimeUse timeUse, OrganisationStructure structure, Clock clock) {
        this.timeUse = timeUse;
        this.team = team;
        this.pulse = pulse;
        this.structure = structure;
        this.clock = clock;
    }

    @GetMapping("/team")
    @PreAuthorize("hasAuthority('" + Permissions.TEAM_VIEW + "')")
    String showTeam(@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model) {
        if (user.organisationId() == null) {
            throw new AccessDeniedException("A team belongs to an organisation");
        }
        OrganisationId employer = new OrganisationId(user.organisationId());
        LocalDate today = UkTime.today(clock);
        TeamQueries.Sort order = switch (sort) {
            case "caseload" -> TeamQueries.Sort.CASELOAD;
            case "training" -> TeamQueries.Sort.TRAINING;
            case "supervision" -> TeamQueries.Sort.SUPERVISION;
            case "readiness" -> TeamQueries.Sort.READINESS;
            case "pulse" -> TeamQueries.Sort.PULSE;
            case "time_use" -> TeamQueries.Sort.TIME_USE;
            default -> TeamQueries.Sort.NAME;
        };
        List<TeamMember> rows = team.team(employer, today, order, user);
        int from = Math.min(Forms.page(page) * PAGE_SIZE, rows.size());
        var shown = new PageImpl<>(rows.subList(from, Math.min(from + PAGE_SIZE, rows.size())),
                PageRequest.of(Forms.page(page), PAGE_SIZE), rows.size());
        model.addAttribute("organisation", structure.ref(employer).map(o -> o.name()).orElse(""));
        model.addAttribute("rows", shown);
        model.addAttribute("pages", Pagination.of(shown, request));
        model.addAttribute("sort", order.name().toLowerCase(Locale.UK));
        model.addAttribute("trainingGaps", rows.stream().filter(r -> r.trainingGaps() > 0).count());
        model.addAttribute("supervisionOverdue", rows.stream().filter(r -> !r.supervisionOverdue().isEmpty()).count());
        model.addAttribute("notReady", rows.stream().filter(r -> !r.readyToWorkRemotely()).count());
        model.addAttribute("overCap", rows.stream().filter(TeamMember::overCap).count());
        model.addAttribute("pulseDue", rows.stream().filter(TeamMember::pulseDue).count());
        model.addAttribute("size", rows.size());
        model.addAttribute("muchOtherWork", rows.stream().filter(TeamMember::muchOtherWork).count());
        model.addAttribute("otherWorkFlag", TeamMember.OTHER_WORK_FLAG_PERCENT);
        List<TimeUse.TeamMonth> months = timeUse.teamTrend(employer, today.minusMonths(TREND_MONTHS).withDayOfMonth(1),
                today, user);
        model.addAttribute("timeUse", months);
        model.addAttribute("timeUseJson", timeUseJson(months));
        List<TeamPeriod> trend = pulse.teamTrend(employer, today.minusMonths(TREND_MONTHS), user);
        model.addAttribute("trend", trend);
        model.addAttribute("trendJson", trendJson(trend));
        return "workforce/team/team";
    }

    /** The team's mean answers per period, for the shared line chart (measures-chart.js). */
    static String trendJson(List<TeamPeriod> trend) {
        StringBuilder json = new StringBuilder("{\"axis\":").append(Json.string("Mean answer (5 is best)"))
                .append(",\"min\":1,\"max\":5,\"decimals\":1,\"labels\":[");
        for (int i = 0; i < trend.size(); i++) {
            json.append(i == 0 ? "" : ",").append(Json.string(UkDates.day(trend.get(i).periodStart())));
        }
        json.append("],\"datasets\":[");
        String[] labels = {"Workload", "Support", "Clarity of remit", "Confidence", "Wellbeing"};
        for (int q = 0; q < labels.length; q++) {
            json.append(q == 0 ? "" : ",").append("{\"label\":").append(Json.string(labels[q])).append(",\"data\":[");
            for (int i = 0; i < trend.size(); i++) {
                TeamPeriod p = trend.get(i);
                double value = switch (q) {
                    case 0 -> p.workload();
                    case 1 -> p.support();
                    case 2 -> p.clarity();
                    case 3 -> p.confidence();
                    default -> p.wellbeing();
                };
                json.append(i == 0 ? "" : ",").append(String.format(Locale.UK, "%.2f", value));
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /**
     * The share of the team's recorded hours on each kind of other work, month by month, stacked (bar-charts.js): core
     * social prescribing is the rest, so a drift into other work shows as the bars grow.
     */
    static String timeUseJson(List<TimeUse.TeamMonth> months) {
        StringBuilder json = new StringBuilder("{\"axis\":").append(Json.string("Share of the team's recorded hours (%)"))
                .append(",\"stacked\":true,\"labels\":[");
        for (int i = 0; i < months.size(); i++) {
            json.append(i == 0 ? "" : ",").append(Json.string(UkDates.month(months.get(i).month())));
        }
        json.append("],\"datasets\":[");
        String[] labels = {"Welfare calls (typed)", "Welfare calls in Pathway", "Practice admin", "Emergency response",
                "Training"};
        for (int k = 0; k < labels.length; k++) {
            json.append(k == 0 ? "" : ",").append("{\"label\":").append(Json.string(labels[k])).append(",\"data\":[");
            for (int i = 0; i < months.size(); i++) {
                TimeUse.TeamMonth m = months.get(i);
                java.math.BigDecimal value = switch (k) {
                    case 0 -> m.welfareCalls();
                    case 1 -> m.recordedCalls();
                    case 2 -> m.practiceAdmin();
                    case 3 -> m.emergencyResponse();
                    default -> m.training();
                };
                java.math.BigDecimal total = m.core().add(m.other());
                json.append(i == 0 ? "" : ",").append(total.signum() == 0 ? "0" : value.multiply(
                        java.math.BigDecimal.valueOf(100)).divide(total, 1, java.math.RoundingMode.HALF_UP).toPlainString());
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
