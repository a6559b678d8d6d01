package org.pathway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pathway.PathwayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PathwayIntegrationTest
class PeopleIntegrationTests {

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondReferralForTheSamePersonLinksToThemAndFillsGaps() {
        PersonDetails first = PersonDetails.of("Elowen", "Penrose", LocalDate.of(1951, 6, 2), null, "TR18 2AB");
        People.Registration one = people.register(first, "referrer");
        PersonDetails again = PersonDetails.of("ELOWEN", "penrose", LocalDate.of(1951, 6, 2), "943 476 5919", "tr182ab");
        People.Registration two = people.register(again, "linkworker");

        assertThat(two.linkedToExisting()).isTrue();
        assertThat(two.person()).isEqualTo(one.person());
        assertThat(people.find(one.person())).hasValueSatisfying(p -> assertThat(p.nhsNumber()).isEqualTo("9434765919"));
    }

    @Test
    void concurrentReferralsWithOneNhsNumberMakeOnePerson() throws Exception {
        PersonDetails details = PersonDetails.of("Jory", "Nance", LocalDate.of(1939, 1, 9), "4010232137", "PL4 8AA");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<People.Registration>> calls = List.of(() -> people.register(details, "a"),
                    () -> people.register(details, "b"), () -> people.register(details, "c"),
                    () -> people.register(details, "d"));
            for (Future<People.Registration> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM people.person WHERE nhs_number = '4010232137'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void registeringAListLinksKnownPeopleAndRecordsTheRestOnce() {
        PersonId known = people.register(PersonDetails.of("Morwenna", "Angove", LocalDate.of(1944, 4, 4), null, "TR15 1AA"),
                "t").person();
        PersonId knownByNhs = people.register(PersonDetails.of("Ivor", "Hosken", LocalDate.of(1940, 1, 1), "9990000018",
                "TR14 8AA"), "t").person();
        List<PersonId> ids = people.registerAll(List.of(
                PersonDetails.of("MORWENNA", "angove", LocalDate.of(1944, 4, 4), null, "tr151aa"),
                PersonDetails.of("Ivor", "Hosken", LocalDate.of(1940, 1, 1), "999 000 0018", "PL1 1AA"),
                PersonDetails.of("Wenna", "Tonkin", LocalDate.of(1950, 2, 2), null, "TR1 1AA"),
                PersonDetails.of("Wenna", "Tonkin", LocalDate.of(1950, 2, 2), null, "TR1 1AA"),
                PersonDetails.of("Morwenna", "Angove", LocalDate.of(1944, 4, 4), "9990000034", "TR15 1AA")), "importer");

        assertThat(ids.get(0)).isEqualTo(known);
        assertThat(ids.get(1)).isEqualTo(knownByNhs);
        assertThat(ids.get(2)).isEqualTo(ids.get(3)).isNotIn(known, knownByNhs);
        assertThat(ids.get(4)).isEqualTo(known);
        assertThat(jdbc.sql("SELECT count(*) FROM people.person WHERE match_family_name = 'tonkin'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE record_type = 'person' AND record_id = ?")
                .param(ids.get(2).toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void consentsKeepTheLatestAnswerWithWhoRecordedIt() {
        PersonId id = people.register(PersonDetails.of("Tamsin", "Hocking", LocalDate.of(1980, 2, 29), null, "EX1 1AA"),
                "referrer").person();
        people.recordConsent(id, ConsentPurpose.SHARE_WITH_GP, true, "referrer");
        people.recordConsent(id, ConsentPurpose.SHARE_WITH_GP, false, "linkworker");

        assertThat(people.consents(id)).containsOnlyKeys(ConsentPurpose.SHARE_WITH_GP);
        assertThat(people.consents(id).get(ConsentPurpose.SHARE_WITH_GP).given()).isFalse();
        assertThat(people.consents(id).get(ConsentPurpose.SHARE_WITH_GP).recordedBy()).isEqualTo("linkworker");
    }

    @Test
    void viewingAPersonIsAudited() {
        PersonId id = people.register(PersonDetails.of("Kerensa", "Rowe", LocalDate.of(1990, 5, 5), null, "PL1 1AA"), "t")
                .person();
        people.find(id);
        assertThat(jdbc.sql("SELECT count(*) FROM governance.audit_event WHERE action = 'VIEW' AND record_type = 'person' AND record_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

}
