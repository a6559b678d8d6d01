package org.pathway.engagement.measures;

import org.pathway.platform.UkTime;
import org.pathway.engagement.Cases;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathway.engagement.measures.CaseMeasures.Answers;
import org.pathway.governance.PathwayUser;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
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
        LocalDate today = UkTime.today(clock);
        Answers blank = new Answers((occasion != null ? occasion : form.suggestedOccasion()).name(), String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), Map.of());
        return show(form, blank, null, model);
    }

    @PostMapping("/{definitionId}/record")
    @PreAuthorize(Cases.WORK)
    String processRecordForm(@PathVariable UUID caseId, @PathVariable UUID definitionId, @ModelAttribute("form") Answers typed,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        CaseMeasures.Saved saved;
        try {
            saved = measures.record(caseId, definitionId, typed, user);
        } catch (Refusal refused) {
            return show(measures.form(caseId, definitionId, user), typed, refused, model);
        }
        StringBuilder message = new StringBuilder("Measure recorded: ");
        for (int i = 0; i < saved.scores().size(); i++) {
            Scorer.Score s = saved.scores().get(i);
            message.append(i == 0 ? "" : "; ").append(s.label()).append(' ').append(s.value().stripTrailingZeros().toPlainString())
                    .append(s.band() == null ? "" : " (" + s.band() + ")");
        }
        redirect.addFlashAttribute("flash", message.toString());
        return "redirect:/cases/" + caseId + "/measures";
    }

    /**
     * The record page, with the refusal's problems (if any) in the binding result "problems", keyed by the id of the
     * input at fault, which the error summary links to.
     */
    private String show(CaseMeasures.RecordForm form, Answers typed, Refusal refusal, Model model) {
        MapBindingResult problems = new MapBindingResult(new LinkedHashMap<>(), "problems");
        if (refusal != null) {
            Forms.reject(problems, refusal);
        }
        model.addAttribute("case", form.header());
        model.addAttribute("measure", form.definition());
        model.addAttribute("form", typed);
        model.addAttribute("problems", problems.getTargetMap());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "problems", problems);
        model.addAttribute("unanswered", problems.getFieldErrors().stream()
                .filter(e -> e.getField().startsWith("answers-")).count());
        model.addAttribute("occasions", Occasion.values());
        return "engagement/measures/record";
    }
}
