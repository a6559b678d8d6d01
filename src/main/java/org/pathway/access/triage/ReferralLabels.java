package org.pathway.access.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;

/** A referral's needs and flags as the triage pages list them. */
final class ReferralLabels {

    private ReferralLabels() {}

    static List<String> needs(Set<Need> needs) {
        return needs.stream().map(Need::label).toList();
    }

    /** The safeguarding concern first, then each risk flag. */
    static List<String> flags(Set<ExclusionFlag> flags, boolean safeguarding) {
        List<String> shown = new ArrayList<>();
        if (safeguarding) {
            shown.add("Safeguarding concern");
        }
        flags.stream().map(ExclusionFlag::label).forEach(shown::add);
        return shown;
    }
}
