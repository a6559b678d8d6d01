package org.pathway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.pathway.demo.DemoAccessIcs.Practice;
import org.pathway.people.ContactMethod;
import org.pathway.people.PersonDetails;
import org.pathway.people.Sex;
import org.pathway.shared.NhsNumber;

/**
 * The people the demo's referrals and outreach lists are about, each registered at a GP practice; a person is known
 * by their index, as the bulk loader takes them.
 */
final class DemoReferredPeople {

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /**
     * Surnames of the people referred: the South West ones without the distinctively Cornish surnames, which are
     * left to tests and demonstrations that add a person and then find them by surname.
     */
    static final List<String> SURNAMES = java.util.Arrays.stream(SouthWest.SURNAMES)
            .filter(s -> !Set.of("Trelawny", "Pascoe", "Penrose", "Nancarrow", "Tregenza", "Trevithick", "Polglase",
                    "Rowe", "Chenoweth", "Jago", "Hocking", "Pengelly", "Tremayne", "Curnow", "Bolitho", "Kitto")
                    .contains(s))
            .toList();

    final List<PersonDetails> people = new ArrayList<>();
    private final List<Practice> practices = new ArrayList<>();
    private final Random random;
    private final LocalDate end;
    private int nhsSequence;

    DemoReferredPeople(long seed, Random random, LocalDate end) {
        this.random = random;
        this.end = end;
        this.nhsSequence = 500_000 + (int) Math.floorMod(seed, 100_000L); // clear of the low 999 numbers tests type
    }

    int size() {
        return people.size();
    }

    PersonDetails get(int person) {
        return people.get(person);
    }

    Practice practiceOf(int person) {
        return practices.get(person);
    }

    /** Someone new registered at the practice, aged between the two (leaning older, as social prescribing's do). */
    int add(Practice practice, int minAge, int maxAge) {
        boolean female = random.nextInt(100) < 56;
        String given = SouthWest.GIVEN_NAMES[random.nextInt(SouthWest.GIVEN_NAMES.length)];
        String family = SURNAMES.get(random.nextInt(SURNAMES.size()));
        double u = Math.sqrt(random.nextDouble());
        int age = minAge + (int) Math.round(u * (maxAge - minAge));
        LocalDate dob = end.minusYears(age).minusDays(random.nextInt(365));
        String postcode = practice.district() + " " + (1 + random.nextInt(9))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
        String nhs = random.nextInt(100) < 85 ? nhsNumber() : null;
        String phone = random.nextInt(100) < 90 ? String.format("07700 9%05d", random.nextInt(1000)) : null;
        String email = random.nextInt(100) < 35 ? given.toLowerCase(Locale.UK) + "." + family.toLowerCase(Locale.UK)
                .replace("'", "") + random.nextInt(100) + "@example.org" : null;
        ContactMethod contact = email != null && random.nextBoolean() ? ContactMethod.EMAIL
                : phone != null ? ContactMethod.PHONE : ContactMethod.LETTER;
        people.add(new PersonDetails(given, family, dob, nhs, female ? Sex.FEMALE : Sex.MALE, null, null, postcode, phone,
                email, contact, null, random.nextInt(100) < 2 ? "Polish" : null));
        practices.add(practice);
        return people.size() - 1;
    }

    /** A valid NHS number in the range reserved for testing (999 ...), distinct for each person. */
    private String nhsNumber() {
        while (true) {
            String nine = String.format("999%06d", nhsSequence++ % 1_000_000);
            int check = NhsNumber.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }
}
