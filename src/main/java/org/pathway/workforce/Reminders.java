package org.pathway.workforce;

import java.time.LocalDate;
import java.util.List;
import org.pathway.governance.PathwayUser;

/**
 * What a practitioner has to see to about their own development, for their home page: training missing, expired or
 * expiring, supervision overdue, the wellbeing pulse due, last week's time use not recorded. Nothing for a user who is not a practitioner.
 */
public interface Reminders {

    List<Reminder> forSignedIn(PathwayUser user, LocalDate today);

    /** Where the signed-in practitioner's own record is (training, supervision, equipment, pulse, time use), if any. */
    java.util.Optional<String> ownRecord(PathwayUser user);

    /** A line for the home page and where to act on it. */
    record Reminder(String text, String href) {}
}
