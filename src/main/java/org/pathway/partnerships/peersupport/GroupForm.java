package org.pathway.partnerships.peersupport;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Function;
import org.pathway.partnerships.PeerSupport.Group;
import org.pathway.partnerships.PeerSupport.GroupCommand;
import org.springframework.validation.Errors;

/** The group form as typed: its forum chosen, builders ticked, the start date in three boxes. */
record GroupForm(@Size(max = 120, message = "Name must be 120 characters or fewer") String name,
        @Size(max = 1000, message = "Purpose must be 1,000 characters or fewer") String purpose, String forumId,
        List<String> builderIds, String startedDay, String startedMonth, String startedYear) {

    static GroupForm blank() {
        return new GroupForm(null, null, null, List.of(), null, null, null);
    }

    static GroupForm of(Group g) {
        return new GroupForm(g.name(), g.purpose(), g.forum() == null ? null : g.forum().id().toString(),
                g.builders().stream().map(b -> b.id().toString()).toList(), FormValues.day(g.startedOn()),
                FormValues.month(g.startedOn()), FormValues.year(g.startedOn()));
    }

    GroupCommand read(Errors errors) {
        return new GroupCommand(name, purpose, FormValues.uuid(forumId, "forumId", "Choose a forum from the list",
                errors), FormValues.ids(builderIds, Function.identity(), "builderIds",
                "Choose community builders from the list", errors), FormValues.date("Date the group started",
                "started", startedDay, startedMonth, startedYear, errors));
    }
}
