package org.pathway.access.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.pathway.access.outreach.Outreach;
import org.pathway.access.ReferralId;
import org.pathway.access.ReferralSource;
import org.pathway.platform.NotFound;
import org.pathway.platform.Pagination;
import org.pathway.platform.Refusal;
import org.pathway.platform.web.Forms;
import org.pathway.platform.web.Option;
import org.pathway.platform.web.Submitted;
import org.pathway.governance.Permissions;
import org.pathway.access.intake.ReferralIntake.ChoosePerson;
import org.pathway.access.intake.ReferralIntake.Choices;
import org.pathway.access.intake.ReferralIntake.MyReferral;
import org.pathway.access.intake.ReferralIntake.ReferralDetail;
import org.pathway.access.intake.ReferralIntake.Sent;
import org.pathway.access.intake.ReferralIntake.StaffOutcome;
import org.pathway.access.ReferralSource;
import org.pathway.governance.PathwayUser;
import org.pathway.people.ContactMethod;
import org.pathway.people.Sex;
import org.pathway.shared.EthnicCategory;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.workforce.OrganisationId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff referral form, its confirmation, and the referrer's own referrals. */
@Controller
@RequestMapping("/referrals")
class StaffReferralController {

    private static final String FORM = "access/referrals/form";

    private final ReferralIntake intake;
    private final Outreach outreach;
    /** The messages back to the referrer, from whichever module issues them (engagement, at case closure). */
    private final org.springframework.beans.factory.ObjectProvider<org.pathway.access.ReferralOutcomeMessages> outcomeMessages;

    StaffReferralController(ReferralIntake intake, Outreach outreach,
            org.springframework.beans.factory.ObjectProvider<org.pathway.access.ReferralOutcomeMessages> outcomeMessages) {
        this.intake = intake;
        this.outreach = outreach;
        this.outcomeMessages = outcomeMessages;
    }

    @GetMapping("/new")
    @PreAuthorize(ReferralIntake.SUBMIT)
    String newForm(@RequestParam(required = false) UUID welfareCheck, @AuthenticationPrincipal PathwayUser user,
            Model model) {
        StaffReferral form = StaffReferral.blank();
        if (welfareCheck != null && user.can(Permissions.OUTREACH_WORK)) {
            form = outreach.referralDraft(welfareCheck, user).map(d -> fromWelfareCheck(d)).orElse(form);
            model.addAttribute("welfareCheck", welfareCheck);
        }
        model.addAttribute("form", form);
        return form(model, form, new org.springframework.validation.BeanPropertyBindingResult(form, "form"), null);
    }

    @PostMapping("/new")
    @PreAuthorize(ReferralIntake.SUBMIT)
    String submit(@ModelAttribute("form") StaffReferral form, BindingResult binding,
            @RequestParam(required = false) String action, @RequestParam(required = false) UUID welfareCheck,
            @AuthenticationPrincipal PathwayUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("welfareCheck", welfareCheck);
        if ("services".equals(action)) {
            // "Show the services for this practice": no checks yet, just the choices for the practice.
            return form(model, form, binding, null);
        }
        StaffOutcome outcome;
        try {
            try {
                outcome = intake.submit(form, user);
            } catch (DataIntegrityViolationException sameFormAtTheSameMoment) {
                outcome = intake.submit(form, user);
            }
        } catch (Refusal refused) {
            Forms.reject(binding, refused);
            return form(model, form, binding, null);
        }
        if (outcome instanceof Sent sent) {
            if (welfareCheck != null && user.can(Permissions.OUTREACH_WORK)) {
                outreach.markReferred(welfareCheck, sent.id(), user);
            }
            if (sent.alreadySent()) {
                redirect.addFlashAttribute("flash", "This referral was already sent: it has been sent once only");
            }
            return "redirect:/referrals/" + sent.id() + "/sent";
        }
        return form(model, form, binding, (ChoosePerson) outcome);
    }

    /** A referral form started from a welfare check: the person as the outreach list knows them. */
    private static StaffReferral fromWelfareCheck(Outreach.ReferralDraft d) {
        StaffReferral blank = StaffReferral.blank();
        return new StaffReferral(d.givenName(), d.familyName(), String.valueOf(d.dateOfBirth().getDayOfMonth()),
                String.valueOf(d.dateOfBirth().getMonthValue()), String.valueOf(d.dateOfBirth().getYear()), d.nhsNumber(),
                null, null, null, d.postcode(), d.phone(), null, null, null, null, null,
                ReferralSource.OUTREACH_LIST.name(), List.of(), d.context(), blank.urgent(), List.of(),
                blank.safeguardingConcern(), blank.readyToWorkOnGoals(), false, false, false, blank.serviceId(),
                blank.submissionKey(), null);
    }

    private String form(Model model, StaffReferral form, BindingResult binding, ChoosePerson choose) {
        UUID practice = IntakeChecks.uuid(form.gpPracticeId());
        Choices choices = intake.staffChoices(practice == null ? null : new OrganisationId(practice));
        // From the form itself: the binding result would format a list of ticked boxes as one comma-joined value.
        model.addAttribute("submitted", Submitted.of(form));
        model.addAttribute("practices", choices.practices());
        model.addAttribute("services", choices.services());
        model.addAttribute("practiceChosen", practice != null);
        model.addAttribute("chosenService", choices.services().stream()
                .filter(s -> s.id().toString().equals(form.serviceId())).findFirst().orElse(null));
        model.addAttribute("sources", Option.of(ReferralSource.values(), ReferralSource::label).stream()
                .filter(o -> !o.value().equals(ReferralSource.SELF.name())).toList());
        model.addAttribute("needs", Option.of(Need.values(), Need::label));
        model.addAttribute("flags", Option.of(ExclusionFlag.values(), ExclusionFlag::label));
        model.addAttribute("sexes", Option.of(Sex.values(), Sex::label));
        model.addAttribute("ethnicCategories", Option.of(EthnicCategory.values(),
                e -> e.group() + ": " + e.label()));
        model.addAttribute("contactMethods", Option.of(ContactMethod.values(), ContactMethod::label));
        model.addAttribute("urgencies", List.of(new Option("false", "Routine"), new Option("true", "Urgent")));
        model.addAttribute("yesNo", List.of(new Option("false", "No"), new Option("true", "Yes")));
        model.addAttribute("readiness", List.of(new Option("YES", "Yes"), new Option("NO", "Not yet"),
                new Option("UNKNOWN", "Not known")));
        model.addAttribute("choose", choose);
        return FORM;
    }

    @GetMapping("/{id}/sent")
    @PreAuthorize(ReferralIntake.SUBMIT)
    String sent(@PathVariable String id, @AuthenticationPrincipal PathwayUser user, Model model) {
        model.addAttribute("referral", detail(id, user));
        return "access/referrals/sent";
    }

    @GetMapping("/mine")
    @PreAuthorize(ReferralIntake.TRACK)
    String mine(@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PathwayUser user,
            HttpServletRequest request, Model model) {
        Page<MyReferral> referrals = intake.referralsBy(user, Math.max(page, 1) - 1);
        model.addAttribute("referrals", referrals);
        model.addAttribute("pages", Pagination.of(referrals, request));
        return "access/referrals/mine";
    }

    @GetMapping("/{id}")
    @PreAuthorize(ReferralIntake.TRACK)
    String show(@PathVariable String id, @AuthenticationPrincipal PathwayUser user, Model model) {
        ReferralDetail referral = detail(id, user);
        model.addAttribute("referral", referral);
        model.addAttribute("outcomeMessages", outcomeMessages.stream()
                .flatMap(source -> source.forReferral(new ReferralId(IntakeChecks.uuid(id))).stream()).toList());
        return "access/referrals/show";
    }

    private ReferralDetail detail(String id, PathwayUser user) {
        UUID uuid = IntakeChecks.uuid(id);
        if (uuid == null) {
            throw NotFound.of("referral", id);
        }
        return intake.referralBy(new ReferralId(uuid), user).orElseThrow(() -> NotFound.of("referral", id));
    }

}
