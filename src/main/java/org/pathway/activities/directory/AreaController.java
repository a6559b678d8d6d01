package org.pathway.activities.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pathway.activities.directory.ListingQueries.WeekCount;
import org.pathway.platform.UkDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The area view: how many listings were running each week, by locality, as a table and a chart. */
@Controller
@PreAuthorize(DirectoryAccess.VIEW)
class AreaController {

    private final ListingQueries listings;
    private final DirectorySettings settings;

    AreaController(ListingQueries listings, DirectorySettings settings) {
        this.listings = listings;
        this.settings = settings;
    }

    record AreaTable(List<String> localities, List<LocalDate> weeks, Map<LocalDate, Map<String, Integer>> counts) {}

    @GetMapping("/directory/area")
    String showArea(@RequestParam(defaultValue = "104") int weeks, Model model) {
        int span = Math.max(4, Math.min(weeks, 260));
        LocalDate to = settings.thisMonday();
        LocalDate from = to.minusWeeks(span - 1L);
        List<WeekCount> counts = listings.runningByWeek(from, to);
        Map<LocalDate, Map<String, Integer>> byWeek = new TreeMap<>();
        List<String> localities = counts.stream().map(WeekCount::locality).distinct().sorted().toList();
        for (LocalDate w = from; !w.isAfter(to); w = w.plusWeeks(1)) {
            byWeek.put(w, new LinkedHashMap<>());
        }
        counts.forEach(c -> byWeek.get(c.week()).put(c.locality(), c.running()));
        List<LocalDate> weekList = new ArrayList<>(byWeek.keySet());
        model.addAttribute("table", new AreaTable(localities, weekList, byWeek));
        model.addAttribute("span", span);
        model.addAttribute("chartLabels", weekList.stream().map(UkDates::day).collect(Collectors.joining("|")));
        model.addAttribute("chartSeries", localities.stream()
                .map(loc -> loc + "=" + weekList.stream().map(w -> String.valueOf(byWeek.get(w).getOrDefault(loc, 0)))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("|")));
        return "activities/directory/area";
    }
}
