package org.pathway.workforce.practitioners;

import java.util.List;

/**
 * The job titles social-prescribing practitioners hold (the seeds count at least 11). The practitioner form
 * suggests them; any other title may be typed.
 */
final class JobTitles {

    static final List<String> SUGGESTED = List.of(
            "Social Prescriber",
            "Link Worker",
            "Social Prescribing Link Worker",
            "Well-being Coordinator",
            "Community Connector",
            "Care Navigator",
            "Health and Wellbeing Coach",
            "Community Navigator",
            "Community Link Worker",
            "Wellbeing Advisor",
            "Health Connector");

    private JobTitles() {}
}
