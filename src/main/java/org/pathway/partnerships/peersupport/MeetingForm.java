package org.pathway.partnerships.peersupport;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.pathway.partnerships.PeerSupport.Meeting;
import org.pathway.partnerships.PeerSupport.MeetingCommand;
import org.pathway.workforce.PractitionerId;
import org.springframework.validation.Errors;

/** The meeting form as typed: the date in three boxes, the forum, the topic and who attended. */
record MeetingForm(String heldDay, String heldMonth, String heldYear, String forumId,
        @Size(max = 200, message = "Topic must be 200 characters or fewer") String topic, List<String> attendees) {

    static MeetingForm blank(String forumId) {
        return new MeetingForm(null, null, null, forumId, null, List.of());
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(FormValues.day(m.heldOn()), FormValues.month(m.heldOn()), FormValues.year(m.heldOn()),
                m.forum() == null ? null : m.forum().id().toString(), m.topic(),
                m.attendees().stream().map(PractitionerId::toString).toList());
    }

    MeetingCommand read(Errors errors) {
        return new MeetingCommand(FormValues.date("Date of the meeting", "held", heldDay, heldMonth, heldYear, errors),
                FormValues.uuid(forumId, "forumId", "Choose a forum from the list", errors), topic,
                FormValues.ids(attendees, PractitionerId::new, "attendees", "Choose members from the list", errors));
    }
}
