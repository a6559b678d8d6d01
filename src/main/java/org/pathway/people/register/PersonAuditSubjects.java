package org.pathway.people.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.pathway.governance.AuditSubjects;
import org.pathway.people.People;
import org.pathway.people.PersonId;
import org.springframework.stereotype.Component;

/** People in the audit log, by name. */
@Component
class PersonAuditSubjects implements AuditSubjects {

    private final People people;

    PersonAuditSubjects(People people) {
        this.people = people;
    }

    @Override
    public Map<String, String> describe(String recordType, Collection<String> recordIds) {
        Map<String, String> out = new HashMap<>();
        if (!"person".equals(recordType)) {
            return out;
        }
        List<PersonId> ids = recordIds.stream().map(PersonAuditSubjects::uuid).filter(Objects::nonNull)
                .map(PersonId::new).toList();
        if (!ids.isEmpty()) {
            people.findAll(ids).forEach((id, person) -> out.put(id.value().toString(), person.fullName()));
        }
        return out;
    }

    @Override
    public List<Subject> find(String typed) {
        return List.of();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return null;
        }
    }
}
