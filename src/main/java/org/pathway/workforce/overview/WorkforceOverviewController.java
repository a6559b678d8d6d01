package org.pathway.workforce.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pathway.governance.PathwayUser;
import org.pathway.governance.Permissions;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Json;
import org.pathway.shared.DateParts;
import org.pathway.workforce.OrganisationId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ICS lead's view of the workforce by employer and delivery model, in aggregate with small numbers suppressed. */
@Controller
class WorkforceOverviewController {

    private final WorkforceOverviewQueries overview;
    private final Clock clock;

    WorkforceOverviewController(WorkforceOverviewQueries overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping("/workforce")
    @PreAuthorize("hasAuthority('" + Permissions.WORKFORCE_OVERVIEW + "')")
    String showOverview(@RequestParam(required = false) String onDay, @RequestParam(required = false) String onMonth,
            @RequestParam(required = false) String onYear, @AuthenticationPrincipal PathwayUser user, Model model) {
        if (user.organisationId() == null) {
            throw new AccessDeniedException("The workforce view is of the ICS the user belongs to");
        }
        LocalDate today = UkTime.today(clock);
        DateParts.Outcome on = DateParts.read("Date", onDay, onMonth, onYear);
        LocalDate readinessOn = on.ok() ? on.date().orElse(today) : today;
        if (on.ok() && readinessOn.isAfter(today)) {
            model.addAttribute("onProblem", "Date must be today or in the past");
            readinessOn = today;
        } else {
            model.addAttribute("onProblem", on.ok() ? null : on.message());
        }
        var figures = overview.overview(new OrganisationId(user.organisationId()), readinessOn, today);
        model.addAttribute("overview", figures);
        model.addAttribute("readinessOn", readinessOn);
        model.addAttribute("readinessDay", UkDates.longDay(readinessOn));
        model.addAttribute("onDay", onDay);
        model.addAttribute("onMonth", onMonth);
        model.addAttribute("onYear", onYear);
        model.addAttribute("pulseMonths", WorkforceOverviewQueries.PULSE_MONTHS);
        model.addAttribute("readinessJson", readinessJson(figures.byEmployer(), readinessOn));
        model.addAttribute("supportJson", supportJson(figures.byEmployer()));
        var quarters = overview.wellbeingByQuarter(new OrganisationId(user.organisationId()), TREND_FROM);
        Trend wellbeing = Trend.of(quarters, WorkforceOverviewQueries.QuarterMean::quarter,
                WorkforceOverviewQueries.QuarterMean::group, q -> q.meanWellbeing() == null ? null : q.meanWellbeing());
        model.addAttribute("trendGroups", wellbeing.groups());
        model.addAttribute("trendRows", wellbeing.rows(v -> String.format(Locale.UK, "%.1f", v)));
        model.addAttribute("trendJson", wellbeing.json("Mean wellbeing (5 is best)", 1, 5, 1));
        var shares = overview.otherWorkByQuarter(new OrganisationId(user.organisationId()), TREND_FROM, today);
        Trend otherWork = Trend.of(shares, WorkforceOverviewQueries.QuarterShare::quarter,
                WorkforceOverviewQueries.QuarterShare::group,
                q -> q.otherPercent() == null ? null : q.otherPercent().doubleValue());
        model.addAttribute("otherWorkGroups", otherWork.groups());
        model.addAttribute("otherWorkRows", otherWork.rows(v -> String.format(Locale.UK, "%.0f%%", v)));
        model.addAttribute("otherWorkJson", otherWork.json("Share of recorded hours on other work (%)", 0, 100, 0));
        return "workforce/overview/overview";
    }

    /** Pulses are shown from the quarter the first lockdown began. */
    static final LocalDate TREND_FROM = LocalDate.of(2020, 1, 1);

    /** A quarter's row of a trend table: one figure (or its suppression) per employer group. */
    record TrendRow(String quarter, List<String> means) {}

    /** Figures by quarter and employer group, a null figure being suppressed, for a line chart and its table. */
    record Trend(List<LocalDate> periods, List<EmployerGroup> groups, java.util.Map<String, Double> cells) {

        static <T> Trend of(List<T> rows, java.util.function.Function<T, LocalDate> quarter,
                java.util.function.Function<T, EmployerGroup> group, java.util.function.Function<T, Double> value) {
            java.util.Map<String, Double> cells = new java.util.HashMap<>();
            rows.forEach(r -> cells.put(quarter.apply(r) + "|" + group.apply(r), value.apply(r)));
            return new Trend(rows.stream().map(quarter).distinct().sorted().toList(),
                    rows.stream().map(group).distinct().sorted().toList(), cells);
        }

        Double cell(LocalDate period, EmployerGroup group) {
            return cells.get(period + "|" + group);
        }

        List<TrendRow> rows(java.util.function.Function<Double, String> format) {
            return periods.stream().map(p -> new TrendRow(quarter(p), groups.stream().map(g -> cell(p, g))
                    .map(v -> v == null ? "Fewer than " + GroupFigures.SMALL_NUMBER : format.apply(v)).toList()))
                    .toList();
        }

        String json(String axis, int min, int max, int decimals) {
            StringBuilder json = new StringBuilder("{\"axis\":").append(Json.string(axis)).append(",\"min\":")
                    .append(min).append(",\"max\":").append(max).append(",\"decimals\":").append(decimals)
                    .append(",\"labels\":[");
            for (int i = 0; i < periods.size(); i++) {
                json.append(i == 0 ? "" : ",").append(Json.string(quarter(periods.get(i))));
            }
            json.append("],\"datasets\":[");
            for (int g = 0; g < groups.size(); g++) {
                json.append(g == 0 ? "" : ",").append("{\"label\":").append(Json.string(groups.get(g).label()))
                        .append(",\"data\":[");
                for (int i = 0; i < periods.size(); i++) {
                    Double v = cell(periods.get(i), groups.get(g));
                    json.append(i == 0 ? "" : ",").append(v == null ? "null" : String.format(Locale.UK, "%.2f", v));
                }
                json.append("]}");
            }
            return json.append("]}").toString();
        }
    }

    /** "Apr to Jun 2020". */
    static String quarter(LocalDate start) {
        return start.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK).replace("Sept", "Sep")
                + " to " + start.plusMonths(2).getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK)
                        .replace("Sept", "Sep") + " " + start.getYear();
    }

    /** Training and supervision up to date by employer, for the second bar chart: suppressed groups have no bar. */
    static String supportJson(List<GroupFigures> groups) {
        StringBuilder json = new StringBuilder("{\"axis\":").append(Json.string("Share of practitioners today (%)"))
                .append(",\"max\":100,\"labels\":[");
        for (int i = 0; i < groups.size(); i++) {
            json.append(i == 0 ? "" : ",").append(Json.string(groups.get(i).label()));
        }
        json.append("],\"datasets\":[");
        String[] labels = {"Mandatory training up to date", "Supervision up to date"};
        for (int d = 0; d < labels.length; d++) {
            json.append(d == 0 ? "" : ",").append("{\"label\":").append(Json.string(labels[d])).append(",\"data\":[");
            for (int i = 0; i < groups.size(); i++) {
                GroupFigures g = groups.get(i);
                Integer percent = g.percent(d == 0 ? g.trainingComplete() : g.supervisionUpToDate());
                json.append(i == 0 ? "" : ",").append(percent == null ? "null" : percent.toString());
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /** Readiness by employer for the bar chart: suppressed groups have no bar. */
    static String readinessJson(List<GroupFigures> groups, LocalDate on) {
        StringBuilder json = new StringBuilder("{\"axis\":").append(Json.string("Share of practitioners on "
                + UkDates.longDay(on) + " (%)")).append(",\"max\":100,\"labels\":[");
        for (int i = 0; i < groups.size(); i++) {
            json.append(i == 0 ? "" : ",").append(Json.string(groups.get(i).label()));
        }
        json.append("],\"datasets\":[");
        String[] labels = {"Laptop", "Work mobile", "Video-conferencing licence", "Remote record access",
                "All four: ready to work remotely"};
        for (int d = 0; d < labels.length; d++) {
            json.append(d == 0 ? "" : ",").append("{\"label\":").append(Json.string(labels[d])).append(",\"data\":[");
            for (int i = 0; i < groups.size(); i++) {
                GroupFigures g = groups.get(i);
                int count = switch (d) {
                    case 0 -> g.laptop();
                    case 1 -> g.mobile();
                    case 2 -> g.video();
                    case 3 -> g.remoteRecord();
                    default -> g.ready();
                };
                Integer percent = g.percent(count);
                json.append(i == 0 ? "" : ",").append(percent == null ? "null" : String.format(Locale.UK, "%d", percent));
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
