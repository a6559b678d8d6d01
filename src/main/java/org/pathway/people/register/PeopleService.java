package org.pathway.people.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.governance.AuditLog;
import org.pathway.people.ConsentPurpose;
import org.pathway.people.People;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonId;
import org.pathway.people.PersonMatch;
import org.pathway.people.PersonSummary;
import org.pathway.platform.NotFound;
import org.pathway.shared.NhsNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of people: matching before recording (so one person is never recorded twice), recording and
 * linking, bulk registration, consents and contact details. Every view of a person is audited.
 */
@Service
class PeopleService implements People {

    private final PersonRepository records;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcTemplate batch;

    PeopleService(PersonRepository records, JdbcClient jdbc, JdbcTemplate batch, AuditLog audit, Clock clock) {
        this.records = records;
        this.batch = batch;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonMatch match(PersonDetails details) {
        if (details.nhsNumber() != null && !details.nhsNumber().isBlank()) {
            Optional<KnownPerson> byNhs = known("nhs_number = ?", NhsNumber.of(details.nhsNumber()).value()).stream()
                    .findFirst();
            if (byNhs.isPresent()) {
                return new PersonMatch.Certain(byNhs.get().summary(), "same NHS number");
            }
        }
        return PersonMatcher.decide(details, known("date_of_birth = ?", details.dateOfBirth()));
    }

    /** Matching reads plain rows, not entities: it runs twice for every referral submitted (bench/README.md). */
    private List<KnownPerson> known(String condition, Object value) {
        return jdbc.sql("""
                SELECT id, given_name, family_name, date_of_birth, nhs_number, postcode, phone,
                       match_given_name, match_family_name
                FROM people.person WHERE %s""".formatted(condition))
                .param(value)
                .query((rs, n) -> new KnownPerson(summary(rs), rs.getString("match_given_name"),
                        rs.getString("match_family_name")))
                .list();
    }

    private static PersonSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PersonSummary(new PersonId(rs.getObject("id", UUID.class)), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("nhs_number"), rs.getString("postcode"), rs.getString("phone"));
    }

    /**
     * Runs in the caller's transaction (a referral and its person commit together). Registrations of the same
     * person are serialised by transaction-scoped advisory locks on the NHS number and on the date of birth
     * and family name, so a concurrent registration waits, then sees and links to the person just recorded:
     * never two people for one NHS number, and no second pooled connection per request.
     */
    @Override
    @Transactional
    public Registration register(PersonDetails details, String recordedBy) {
        lockOn(details);
        return registerOnce(details, recordedBy);
    }

    private void lockOn(PersonDetails details) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        if (details.nhsNumber() != null && !details.nhsNumber().isBlank()) {
            keys.add("person-nhs:" + NhsNumber.of(details.nhsNumber()).value());
        }
        keys.add("person-dob:" + details.dateOfBirth() + ":" + NameMatching.normalise(details.familyName()));
        for (String key : keys) { // always in the same order, so two registrations cannot deadlock
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(key).query(rs -> {});
        }
    }

    private Registration registerOnce(PersonDetails details, String recordedBy) {
        Instant now = clock.instant();
        if (match(details) instanceof PersonMatch.Certain certain) {
            Person known = records.findById(certain.person().id().value()).orElseThrow();
            known.fillGapsFrom(details, now);
            audit.changed("person", known.id().toString(), "linked to a new referral (" + certain.reason() + ")");
            return new Registration(new PersonId(known.id()), true, certain.reason());
        }
        Person person = records.saveAndFlush(new Person(details, recordedBy, now));
        audit.changed("person", person.id().toString(), "person recorded");
        return new Registration(new PersonId(person.id()), false, "new person");
    }

    @Override
    @Transactional
    public Registration linkChosen(PersonId chosen, PersonDetails details, String recordedBy) {
        lockOn(details);
        Person known = records.findById(chosen.value())
                .orElseThrow(() -> NotFound.of("person", chosen));
        known.fillGapsFrom(details, clock.instant());
        audit.changed("person", chosen.toString(), "linked to a new referral (chosen by " + recordedBy
                + " among candidates)");
        return new Registration(chosen, true, "chosen among candidates");
    }

    @Override
    @Transactional
    public List<PersonId> registerAll(List<PersonDetails> details, String recordedBy) {
        BulkRegistration.Outcome outcome = BulkRegistration.register(batch, details, recordedBy, clock.instant());
        audit.changedAll("person", outcome.recorded().stream().map(UUID::toString).toList(), "person recorded from a list");
        return outcome.people();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonMatch.Candidate> possiblyAlsoKnownAs(PersonId id) {
        Optional<KnownPerson> self = known("id = ?", id.value()).stream().findFirst();
        if (self.isEmpty() || self.get().summary().dateOfBirth() == null) {
            return List.of();
        }
        PersonSummary s = self.get().summary();
        List<KnownPerson> others = known("date_of_birth = ?", s.dateOfBirth()).stream()
                .filter(k -> !k.summary().id().equals(id)).toList();
        PersonMatch match = PersonMatcher.decide(
                PersonDetails.of(s.givenName(), s.familyName(), s.dateOfBirth(), s.nhsNumber(), s.postcode()), others);
        List<PersonMatch.Candidate> candidates = match instanceof PersonMatch.Certain certain
                ? List.of(new PersonMatch.Candidate(certain.person(), certain.reason()))
                : match instanceof PersonMatch.Candidates several ? several.candidates() : List.of();
        audit.viewedAll("person", candidates.stream().map(c -> c.person().id().toString()).toList(),
                "possibly the same person as " + id);
        return candidates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(PersonId id) {
        Optional<PersonSummary> person = records.findById(id.value()).map(Person::summary);
        person.ifPresent(p -> audit.viewed("person", id.toString(), null));
        return person;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<PersonId> namedAmong(String words, java.util.Collection<PersonId> among) {
        List<String> typed = words == null ? List.of()
                : java.util.Arrays.stream(words.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (typed.isEmpty() || among.isEmpty()) {
            return java.util.Set.of();
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM people.person WHERE id = ANY (:among)");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("among", among.stream().map(PersonId::value).distinct().toArray(UUID[]::new));
        for (int i = 0; i < typed.size(); i++) {
            sql.append(" AND (given_name || ' ' || family_name) ILIKE :w").append(i).append(" ESCAPE '\\'");
            params.put("w" + i, "%" + typed.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new java.util.HashSet<>(jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PersonId(rs.getObject("id", UUID.class))).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, PersonSummary> findAll(java.util.Collection<PersonId> ids) {
        Map<PersonId, PersonSummary> found = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // Plain SQL, not the entity: lists of people are read on every queue and caseload page, and loading
        // entities through the ORM cost more than the rest of the page (measured under bench/).
        jdbc.sql("""
                SELECT id, given_name, family_name, date_of_birth, nhs_number, postcode, phone
                FROM people.person WHERE id = ANY (?)""")
                .param(ids.stream().map(PersonId::value).toArray(UUID[]::new))
                .query((rs, n) -> summary(rs))
                .list()
                .forEach(p -> found.put(p.id(), p));
        audit.viewedAll("person", found.keySet().stream().map(PersonId::toString).toList(), null);
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<PersonId, ContactDetails> contactDetails(java.util.Collection<PersonId> ids) {
        Map<PersonId, ContactDetails> found = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                SELECT id, given_name, family_name, preferred_contact, phone, email, postcode, communication_needs,
                       interpreter_language
                FROM people.person WHERE id = ANY (?)""")
                .param(ids.stream().map(PersonId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> {
                    String method = rs.getString("preferred_contact");
                    return new ContactDetails(new PersonId(rs.getObject("id", UUID.class)),
                            rs.getString("given_name") + " " + rs.getString("family_name"),
                            method == null ? null : org.pathway.people.ContactMethod.valueOf(method),
                            rs.getString("phone"), rs.getString("email"), rs.getString("postcode"),
                            rs.getString("communication_needs"), rs.getString("interpreter_language"));
                })
                .list()
                .forEach(p -> found.put(p.id(), p));
        audit.viewedAll("person", found.keySet().stream().map(PersonId::toString).toList(), "contact details");
        return found;
    }

    @Override
    @Transactional
    public void recordConsents(java.util.Collection<PersonId> people, ConsentPurpose purpose, boolean given,
            Instant at, String recordedBy) {
        List<Object[]> rows = people.stream().distinct().map(p -> new Object[] {p.value(), purpose.name(), given,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), recordedBy}).toList();
        batch.batchUpdate("INSERT INTO people.consent (person_id, purpose, given, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    @Override
    @Transactional
    public void recordConsent(PersonId person, ConsentPurpose purpose, boolean given, String recordedBy) {
        jdbc.sql("INSERT INTO people.consent (person_id, purpose, given, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)")
                .params(person.value(), purpose.name(), given, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        recordedBy)
                .update();
        audit.changed("person", person.toString(), "consent " + purpose + (given ? " given" : " refused or withdrawn"));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ConsentPurpose, ConsentRecord> consents(PersonId person) {
        Map<ConsentPurpose, ConsentRecord> latest = new EnumMap<>(ConsentPurpose.class);
        jdbc.sql("""
                SELECT DISTINCT ON (purpose) purpose, given, recorded_at, recorded_by
                FROM people.consent WHERE person_id = ? ORDER BY purpose, recorded_at DESC, id DESC""")
                .param(person.value())
                .query(rs -> {
                    latest.put(ConsentPurpose.valueOf(rs.getString("purpose")), new ConsentRecord(rs.getBoolean("given"),
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by")));
                });
        return latest;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<PersonId> consentedTo(ConsentPurpose purpose, java.util.Collection<PersonId> people) {
        java.util.Set<PersonId> given = new java.util.HashSet<>();
        if (people.isEmpty()) {
            return given;
        }
        UUID[] ids = people.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        jdbc.sql("""
                SELECT person_id FROM (
                  SELECT DISTINCT ON (person_id) person_id, given FROM people.consent
                  WHERE purpose = ? AND person_id = ANY (?) ORDER BY person_id, recorded_at DESC, id DESC) latest
                WHERE given""")
                .param(purpose.name()).param(ids)
                .query(rs -> {
                    given.add(new PersonId(rs.getObject("person_id", UUID.class)));
                });
        return given;
    }
}
