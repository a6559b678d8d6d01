package org.pathway.engagement.measures;

import org.pathway.engagement.Cases;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.pathway.engagement.measures.CaseMeasures.Answers;
import org.pathway.governance.PathwayUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's measures page (every score over time, as a chart and a table) and the form to record a measure. */
@Controller
@RequestMapping("/cases/{caseId}/measures")
class CaseMeasuresController {

    private final CaseMeasures measures;
    private final java.time.Clock clock;

    CaseMeasuresController(CaseMeasures measures, java.time.Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Cases.WORK)
    String showMeasures(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseMeasures.Overview overview = measures.overview(caseId, user);
        model.addAttribute("case", overview.header());
        model.addAttribute("overview", overview);
        return "engagement/measures/case";
    }

    @GetMapping("/{definitionId}/record")
    @PreAuthorize(Cases.WORK)
    String initRecordForm(@PathVariable UUID caseId, @PathVariable UUID definitionId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Occasion occasion,
            @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseMeasures.RecordForm form = measures.form(caseId, definitionId, user);
        LocalDate today = LocalDate.now(clock.withZone(CaseMeasures.UK));
        Answers blank = new Answers((occasion != null ? occasion : form.suggestedOccasion()).name(), String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), Map.of());
        return show(form, blank, Map.of(), model);
    }

    @PostMapping("/{definitionId}/record")
    @PreAuthorize(Cases.WORK)
    String processRecordForm(@PathVariable UUID caseId, @PathVariable UUID definitionId, @ModelAttribute("form") Answers typed,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseMeasures.Outcome outcome = measures.record(caseId, definitionId, typed, user);
        if (outcome instanceof CaseMeasures.Refused refused) {
            return show(measures.form(caseId, definitionId, user), typed, refused.problems(), model);
        }
        CaseMeasures.Saved saved = (CaseMeasures.Saved) outcome;
        StringBuilder message = new StringBuilder("Measure recorded: ");
        for (int i = 0; i < saved.scores().size(); i++) {
            Scorer.Score s = saved.scores().get(i);
            message.append(i == 0 ? "" : "; ").append(s.label()).append(' ').append(s.value().stripTrailingZeros().toPlainString())
                    .append(s.band() == null ? "" : " (" + s.band() + ")");
        }
        redirect.addFlashAttribute("flash", message.toString());
        return "redirect:/cases/" + caseId + "/measures";
    }

    private String show(CaseMeasures.RecordForm form, Answers typed, Map<String, String> problems, Model model) {
        model.addAttribute("case", form.header());
        model.addAttribute("measure", form.definition());
        model.addAttribute("form", typed);
        model.addAttribute("errors", new LinkedHashMap<>(problems));
        model.addAttribute("occasions", Occasion.values());
        return "engagement/measures/record";
    }

    @ExceptionHandler({NoSuchElementException.class, IllegalArgumentException.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    static String format(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMM yyyy"));
    }
}
