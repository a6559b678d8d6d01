package org.pathway.partnerships.peersupport;

import java.time.LocalDate;
import org.pathway.partnerships.PeerSupport.MemberCommand;
import org.pathway.workforce.PractitionerId;
import org.springframework.validation.Errors;

/** The form adding a member: the practitioner chosen and the date they joined (today unless changed). */
record MemberForm(String practitionerId, String joinedDay, String joinedMonth, String joinedYear) {

    static MemberForm joining(LocalDate today) {
        return new MemberForm(null, FormValues.day(today), FormValues.month(today), FormValues.year(today));
    }

    MemberCommand read(Errors errors) {
        var chosen = FormValues.uuid(practitionerId, "practitionerId", "Choose a practitioner from the list", errors);
        return new MemberCommand(chosen == null ? null : new PractitionerId(chosen),
                FormValues.date("Date they joined", "joined", joinedDay, joinedMonth, joinedYear, errors));
    }
}
