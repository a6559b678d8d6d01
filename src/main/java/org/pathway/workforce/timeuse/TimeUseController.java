package org.pathway.workforce.timeuse;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.UkDates;
import org.pathway.platform.UkTime;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Json;
import org.pathway.platform.web.Option;
import org.pathway.workforce.PractitionerId;
import org.pathway.workforce.PractitionerRegister;
import org.pathway.workforce.TimeUse;
import org.pathway.workforce.TimeUse.Hours;
import org.pathway.workforce.TimeUse.OpenWeek;
import org.pathway.workforce.TimeUse.TimeUseHistory;
import org.pathway.workforce.TimeUse.Week;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Time use: a practitioner records a week; they and their managers see the weeks and the share on other work. */
@Controller
class TimeUseController {

    /** Weeks in the chart of the share on other work. */
    static final int CHART_WEEKS = 26;

    /** Weeks in a page of the table. */
    static final int PAGE_SIZE = 26;

    private final TimeUse timeUse;
    private final PractitionerRegister register;
    private final Clock clock;

    TimeUseController(TimeUse timeUse, PractitionerRegister register, Clock clock) {
        this.timeUse = timeUse;
        this.register = register;
        this.clock = clock;
    }

    /** The signed-in practitioner's own time use. */
    @GetMapping("/time-use")
    @PreAuthorize(TimeUse.VIEW)
    String showOwnTimeUse(@AuthenticationPrincipal PathwayUser user) {
        PractitionerId own = register.practitionerForAccount(user.id(), user)
                .orElseThrow(() -> new AccessDeniedException("Time use is recorded by practitioners; this sign-in is not one"))
                .id();
        return "redirect:/practitioners/" + own + "/time-use";
    }

    @GetMapping("/practitioners/{id}/time-use")
    @PreAuthorize(TimeUse.VIEW)
    String showTimeUse(@PathVariable PractitionerId id, @RequestParam(required = false) String week,
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        TimeUseHistory history = visible(id, user);
        model.addAttribute("form", blankForm(history, week));
        return page(history, page, request, model);
    }

    @PostMapping("/practitioners/{id}/time-use")
    @PreAuthorize(TimeUse.VIEW)
    String record(@PathVariable PractitionerId id, @ModelAttribute("form") TimeUseForm form, BindingResult binding,
            @AuthenticationPrincipal PathwayUser user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        TimeUseHistory history = visible(id, user);
        if (!history.own()) {
            throw new AccessDeniedException("Only the practitioner records their time use");
        }
        Optional<Hours> hours = form.hours(binding);
        if (hours.isPresent()) {
            try {
                timeUse.record(form.weekStarting(), hours.get(), form.replaces(), UkTime.today(clock), user);
                redirect.addFlashAttribute("flash", "Saved the week of " + UkDates.longDay(form.weekStarting()));
                return "redirect:/practitioners/" + id + "/time-use";
            } catch (Refusal refusal) {
                Forms.reject(binding, refusal);
            }
        }
        return page(history, 1, request, model);
    }

    /**
     * The week asked for (to change it, with its hours), or else the latest open week not yet recorded, starting from
     * last week (a week is usually recorded once it is over), with the hours of the latest week recorded as a start.
     */
    static TimeUseForm blankForm(TimeUseHistory history, String asked) {
        List<OpenWeek> open = history.open();
        Optional<OpenWeek> chosen = open.stream().filter(w -> w.weekStarting().toString().equals(asked)).findFirst();
        if (chosen.isPresent()) {
            return TimeUseForm.of(chosen.get().weekStarting(), chosen.get().hours(), chosen.get().done());
        }
        OpenWeek next = open.stream().skip(1).filter(w -> !w.done()).findFirst().orElse(open.get(0));
        Hours start = history.weeks().isEmpty() ? null : history.weeks().get(0).hours();
        return next.done() ? TimeUseForm.of(next.weekStarting(), next.hours(), true)
                : TimeUseForm.of(next.weekStarting(), start, false);
    }

    private TimeUseHistory visible(PractitionerId id, PathwayUser user) {
        return timeUse.history(id, UkTime.today(clock), user).orElseThrow(() -> NotFound.of("practitioner", id));
    }

    private String page(TimeUseHistory history, int page, HttpServletRequest request, Model model) {
        LocalDate thisWeek = TimeUse.weekOf(UkTime.today(clock));
        model.addAttribute("history", history);
        model.addAttribute("changing", model.getAttribute("form") instanceof TimeUseForm form && form.replaces());
        List<Week> all = history.weeks();
        int from = Math.min(Forms.page(page) * PAGE_SIZE, all.size());
        var shown = new PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())),
                PageRequest.of(Forms.page(page), PAGE_SIZE), all.size());
        model.addAttribute("rows", shown);
        model.addAttribute("pages", Pagination.of(shown, request));
        model.addAttribute("weeks", history.open().stream().map(w -> new Option(w.weekStarting().toString(),
                weekLabel(w, thisWeek))).toList());
        List<Week> charted = new java.util.ArrayList<>(history.weeks().stream().limit(CHART_WEEKS).toList());
        java.util.Collections.reverse(charted);
        model.addAttribute("chartJson", chartJson(charted));
        return "workforce/timeuse/practitioner";
    }

    /** "Week of 30 Nov 2026 (last week): recorded; 12 welfare calls in Pathway". */
    static String weekLabel(OpenWeek week, LocalDate thisWeek) {
        String when = week.weekStarting().equals(thisWeek) ? " (this week)"
                : week.weekStarting().equals(thisWeek.minusWeeks(1)) ? " (last week)" : "";
        String done = week.done() ? ": recorded" : "";
        int calls = week.recorded().calls();
        String recorded = calls == 0 ? "" : (done.isEmpty() ? ": " : "; ") + calls + " welfare "
                + (calls == 1 ? "call" : "calls") + " in Pathway";
        return "Week of " + UkDates.day(week.weekStarting()) + when + done + recorded;
    }

    /** The share of each week's hours on other work, for the line chart (measures-chart.js). */
    static String chartJson(List<Week> weeks) {
        StringBuilder json = new StringBuilder("{\"axis\":").append(Json.string("Share of the week on other work (%)"))
                .append(",\"min\":0,\"max\":100,\"decimals\":0,\"labels\":[");
        for (int i = 0; i < weeks.size(); i++) {
            json.append(i == 0 ? "" : ",").append(Json.string(UkDates.day(weeks.get(i).weekStarting())));
        }
        json.append("],\"datasets\":[{\"label\":").append(Json.string("Other work")).append(",\"data\":[");
        for (int i = 0; i < weeks.size(); i++) {
            json.append(i == 0 ? "" : ",").append(String.format(Locale.UK, "%d", weeks.get(i).otherPercent()));
        }
        return json.append("]}]}").toString();
    }
}
