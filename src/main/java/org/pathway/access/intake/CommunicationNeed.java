package org.pathway.access.intake;

import java.util.List;

/**
 * The communication needs the self-referral form offers as boxes to tick. What is ticked is kept on the person's
 * record as words (people's communication needs are free text, as the staff form records them), so triage and the
 * case read them as the person chose them.
 */
enum CommunicationNeed {
    LARGE_PRINT("Large print"),
    EASY_READ("Easy read"),
    BSL("A British Sign Language (BSL) interpreter"),
    HEARING_LOOP("A hearing loop"),
    SOMEONE_WITH_ME("Someone with me, such as a carer or family member");

    private final String label;

    CommunicationNeed(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The needs ticked (unknown values ignored) and any other need typed, as one line of text; null for none. */
    static String describe(List<String> ticked, String other) {
        List<String> words = new java.util.ArrayList<>();
        for (CommunicationNeed need : values()) {
            if (ticked.contains(need.name())) {
                words.add(need.label);
            }
        }
        if (other != null && !other.isBlank()) {
            words.add(other.strip());
        }
        return words.isEmpty() ? null : String.join("; ", words);
    }
}
