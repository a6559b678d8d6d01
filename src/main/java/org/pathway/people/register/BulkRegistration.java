package org.pathway.people.register;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonId;
import org.pathway.shared.NhsNumber;
import org.pathway.shared.Postcode;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Set-based matching and insertion for large lists: two lookups (by NHS number, and by exact names + date
 * of birth + postcode) for the whole list, then one batched insert of the people not yet known.
 */
final class BulkRegistration {

    private BulkRegistration() {}

    record Key(String nhs, String given, String family, java.time.LocalDate dob, String postcode) {
        static Key of(PersonDetails d) {
            String nhs = d.nhsNumber() == null || d.nhsNumber().isBlank() ? null : NhsNumber.of(d.nhsNumber()).value();
            String postcode = d.postcode() == null || d.postcode().isBlank() ? null : Postcode.normalise(d.postcode());
            return new Key(nhs, NameMatching.normalise(d.givenName()), NameMatching.normalise(d.familyName()),
                    d.dateOfBirth(), postcode);
        }

        Key demographic() {
            return new Key(null, given, family, dob, postcode);
        }
    }

    record Known(UUID id, String nhs) {}

    /** The person for each detail, in order, and the ids of the people newly recorded. */
    record Outcome(List<PersonId> people, List<UUID> recorded) {}

    static Outcome register(JdbcTemplate jdbc, List<PersonDetails> details, String recordedBy, Instant now) {
        List<Key> keys = details.stream().map(Key::of).toList();
        Map<String, UUID> byNhs = new HashMap<>();
        Map<Key, Known> byDemographics = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            lookUpNhsNumbers(connection, keys, byNhs);
            lookUpDemographics(connection, keys, byDemographics);
            return null;
        });

        List<PersonId> people = new ArrayList<>(details.size());
        List<Object[]> inserts = new ArrayList<>();
        List<UUID> recorded = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            Key key = keys.get(i);
            UUID id = key.nhs() != null ? byNhs.get(key.nhs()) : null;
            if (id == null) {
                Known known = byDemographics.get(key.demographic());
                // The same names, birth date and postcode link unless both have NHS numbers and they differ.
                if (known != null && (key.nhs() == null || known.nhs() == null || known.nhs().equals(key.nhs()))) {
                    id = known.id();
                }
            }
            if (id == null) {
                id = UUID.randomUUID();
                PersonDetails d = details.get(i);
                inserts.add(new Object[] {id, d.givenName().strip(), d.familyName().strip(), key.given(), key.family(),
                        Date.valueOf(key.dob()), key.nhs(), key.postcode(), blank(d.phone()), blank(d.email()),
                        Timestamp.from(now), recordedBy});
                recorded.add(id);
                if (key.nhs() != null) {
                    byNhs.put(key.nhs(), id);
                }
                byDemographics.putIfAbsent(key.demographic(), new Known(id, key.nhs()));
            }
            people.add(new PersonId(id));
        }
        jdbc.batchUpdate("""
                INSERT INTO people.person (id, given_name, family_name, match_given_name, match_family_name,
                  date_of_birth, nhs_number, postcode, phone, email, created_at, created_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""", inserts);
        return new Outcome(people, recorded);
    }

    private static void lookUpNhsNumbers(Connection connection, List<Key> keys, Map<String, UUID> byNhs)
            throws java.sql.SQLException {
        String[] numbers = keys.stream().map(Key::nhs).filter(n -> n != null).distinct().toArray(String[]::new);
        if (numbers.length == 0) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT nhs_number, id FROM people.person WHERE nhs_number = ANY (?)")) {
            ps.setArray(1, connection.createArrayOf("text", numbers));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byNhs.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
    }

    private static void lookUpDemographics(Connection connection, List<Key> keys, Map<Key, Known> byDemographics)
            throws java.sql.SQLException {
        List<Key> wanted = keys.stream().filter(k -> k.postcode() != null).map(Key::demographic).distinct().toList();
        if (wanted.isEmpty()) {
            return;
        }
        Array dobs = connection.createArrayOf("date", wanted.stream().map(k -> Date.valueOf(k.dob())).toArray());
        Array families = connection.createArrayOf("text", wanted.stream().map(Key::family).toArray());
        Array givens = connection.createArrayOf("text", wanted.stream().map(Key::given).toArray());
        Array postcodes = connection.createArrayOf("text", wanted.stream().map(Key::postcode).toArray());
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT p.id, p.date_of_birth, p.match_family_name, p.match_given_name, p.postcode, p.nhs_number
                FROM unnest(?::date[], ?::text[], ?::text[], ?::text[]) AS k(dob, family, given, postcode)
                JOIN people.person p ON p.date_of_birth = k.dob AND p.match_family_name = k.family
                 AND p.match_given_name = k.given AND p.postcode = k.postcode""")) {
            ps.setArray(1, dobs);
            ps.setArray(2, families);
            ps.setArray(3, givens);
            ps.setArray(4, postcodes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byDemographics.putIfAbsent(new Key(null, rs.getString(4), rs.getString(3),
                            rs.getDate(2).toLocalDate(), rs.getString(5)), new Known(rs.getObject(1, UUID.class), rs.getString(6)));
                }
            }
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
