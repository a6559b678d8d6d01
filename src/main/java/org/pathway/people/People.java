package org.pathway.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people module's facade: finds a person who is already known instead of recording them twice, and
 * keeps their consents. Callers authorise the request (a self-referral is anonymous); every read of a
 * person's record through {@link #find} is audited.
 */
public interface People {

    /** Looks for the person without changing anything. */
    PersonMatch match(PersonDetails details);

    /**
     * Links to the person when the match is certain (filling gaps in the record), otherwise records a new
     * person. Never creates a second person for an NHS number, even under concurrent calls.
     */
    Registration register(PersonDetails details, String recordedBy);

    /**
     * Links a new referral to a known person the practitioner chose among uncertain matches: what the form adds
     * that their record lacks (an NHS number, a phone, an email...) fills the gaps; nothing recorded is overwritten.
     */
    Registration linkChosen(PersonId person, PersonDetails details, String recordedBy);

    /**
     * Registers many people at once (an outreach list): each links to the person with the same NHS number,
     * or the same names, date of birth and postcode, or is recorded new. Uncertain (typo-level) matches are
     * not looked for in bulk. Returns the person for each detail, in order; one audit entry per person.
     */
    List<PersonId> registerAll(List<PersonDetails> details, String recordedBy);

    /**
     * Other people on record who may be this person: the same date of birth with names spelt differently or
     * swapped, or another postcode. Bulk imports link only certain matches, so a typo in a list makes a second
     * record; callers show these (audited) so that nobody is called twice under two records.
     */
    List<PersonMatch.Candidate> possiblyAlsoKnownAs(PersonId id);

    Optional<PersonSummary> find(PersonId id);

    /**
     * Of these people, those whose name contains every word typed (in any order, ignoring case): a search within a
     * list the caller already shows (a caseload). Returns ids only, so nothing is audited here; showing the people
     * found is.
     */
    java.util.Set<PersonId> namedAmong(String words, java.util.Collection<PersonId> among);

    /** Several people at once (a queue, a list), each view audited. Unknown ids are left out. */
    Map<PersonId, PersonSummary> findAll(java.util.Collection<PersonId> ids);

    void recordConsent(PersonId person, ConsentPurpose purpose, boolean given, String recordedBy);

    /** The same answer for many people at once (for bulk loads such as the demo's history; no audit). */
    void recordConsents(java.util.Collection<PersonId> people, ConsentPurpose purpose, boolean given,
            java.time.Instant at, String recordedBy);

    /** The latest answer per purpose; a purpose never asked is absent. */
    Map<ConsentPurpose, ConsentRecord> consents(PersonId person);

    /** Of these people, those whose latest answer for the purpose is “given” (for bulk loads; no audit). */
    java.util.Set<PersonId> consentedTo(ConsentPurpose purpose, java.util.Collection<PersonId> people);

    /**
     * How to reach these people (for a provider they were referred to with their consent): names, preferred
     * contact method and its detail, communication needs. Each view audited as one list. Unknown ids are left out.
     */
    Map<PersonId, ContactDetails> contactDetails(java.util.Collection<PersonId> ids);

    /** How to reach a person: {@code preferred} may be null when never asked. */
    record ContactDetails(PersonId id, String name, ContactMethod preferred, String phone, String email,
            String postcode, String communicationNeeds, String interpreterLanguage) {

        /** The detail for the preferred method (or the phone, then the email, when none is preferred). */
        public String detail() {
            if (preferred == null) {
                return phone != null ? phone : email;
            }
            return switch (preferred) {
                case PHONE, TEXT -> phone;
                case EMAIL -> email;
                case LETTER -> postcode == null ? null : "Letter to their address (postcode " + postcode + ")";
            };
        }
    }

    record Registration(PersonId person, boolean linkedToExisting, String reason) {}

    record ConsentRecord(boolean given, java.time.Instant recordedAt, String recordedBy) {}
}
