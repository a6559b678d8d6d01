package org.pathway.workforce;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The welfare calls practitioners recorded on Pathway's outreach lists, week by week, so that their time use counts them
 * as other work without their typing them again. Outreach belongs to the access module, which depends on workforce, so
 * workforce declares this port and access implements it.
 */
public interface RecordedWelfareWork {

    /**
     * Per sign-in (a practitioner's account), per week (its Monday, UK time) from {@code fromMonday} up to but not
     * including {@code toMonday}, the calls recorded and the minutes they are reckoned to take. Weeks without calls
     * are absent.
     */
    Map<UUID, Map<LocalDate, TimeUse.RecordedCalls>> byWeek(Collection<UUID> accounts, LocalDate fromMonday,
            LocalDate toMonday);

    /** The minutes a call that was answered is reckoned to take. */
    int answeredMinutes();

    /** The minutes a call nobody answered is reckoned to take. */
    int unansweredMinutes();
}
