package org.pathway.engagement.cases;

import java.util.UUID;
import org.pathway.access.ReferralDetails;
import org.pathway.access.ReferralId;
import org.pathway.governance.PathwayUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The case summary: the referral's context and needs, and the work in hand. */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseController {

    private final CaseAccess access;
    private final ReferralDetails referrals;

    CaseController(CaseAccess access, ReferralDetails referrals) {
        this.access = access;
        this.referrals = referrals;
    }

    @GetMapping
    @PreAuthorize(CaseLifecycle.WORK)
    String summary(@PathVariable UUID caseId, @AuthenticationPrincipal PathwayUser user, Model model) {
        CaseHeader header = access.require(caseId, user);
        model.addAttribute("case", header);
        model.addAttribute("referral", referrals.summary(new ReferralId(header.referralId())).orElse(null));
        return "engagement/cases/summary";
    }
}
