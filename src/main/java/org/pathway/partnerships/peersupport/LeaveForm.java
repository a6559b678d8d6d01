package org.pathway.partnerships.peersupport;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/** The form recording that a member left: the last day they were a member (today unless changed). */
record LeaveForm(String leftDay, String leftMonth, String leftYear) {

    static LeaveForm leaving(LocalDate today) {
        return new LeaveForm(FormValues.day(today), FormValues.month(today), FormValues.year(today));
    }

    LocalDate read(Errors errors) {
        return FormValues.date("Date they left", "left", leftDay, leftMonth, leftYear, errors);
    }
}
