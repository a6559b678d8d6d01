package org.pathway.people.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pathway.people.ContactMethod;
import org.pathway.people.PersonDetails;
import org.pathway.people.PersonId;
import org.pathway.people.PersonSummary;
import org.pathway.people.Sex;
import org.pathway.platform.Text;
import org.pathway.shared.EthnicCategory;
import org.pathway.shared.NhsNumber;
import org.pathway.shared.Postcode;

/** A person on record: who they are, how to reach them, and the normalised names matching compares. */
@Entity
@Table(name = "person", schema = "people")
class Person {

    @Id
    private UUID id;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "match_given_name")
    private String matchGivenName;

    @Column(name = "match_family_name")
    private String matchFamilyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private String gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnic_category")
    private EthnicCategory ethnicCategory;

    private String postcode;

    private String phone;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    private ContactMethod preferredContact;

    @Column(name = "communication_needs")
    private String communicationNeeds;

    @Column(name = "interpreter_language")
    private String interpreterLanguage;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved, so saving a new record inserts it without reading it first

    protected Person() {}

    Person(PersonDetails details, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        this.createdBy = createdBy;
        apply(details, now);
    }

    private void apply(PersonDetails details, Instant now) {
        this.givenName = details.givenName().strip();
        this.familyName = details.familyName().strip();
        this.matchGivenName = NameMatching.normalise(givenName);
        this.matchFamilyName = NameMatching.normalise(familyName);
        this.dateOfBirth = details.dateOfBirth();
        this.nhsNumber = Text.blankToNull(details.nhsNumber()) == null ? null : NhsNumber.of(details.nhsNumber()).value();
        this.sex = details.sex();
        this.gender = Text.blankToNull(details.gender());
        this.ethnicCategory = details.ethnicCategory();
        this.postcode = Text.blankToNull(details.postcode()) == null ? null : Postcode.normalise(details.postcode());
        this.phone = Text.blankToNull(details.phone());
        this.email = Text.blankToNull(details.email());
        this.preferredContact = details.preferredContact();
        this.communicationNeeds = Text.blankToNull(details.communicationNeeds());
        this.interpreterLanguage = Text.blankToNull(details.interpreterLanguage());
        this.updatedAt = now;
    }

    /**
     * Adds what a new referral knows and the record lacks (an NHS number, a phone number...). Known values
     * are kept: changing them is a rectification, done deliberately, not a side effect of a referral.
     */
    void fillGapsFrom(PersonDetails details, Instant now) {
        boolean changed = false;
        if (nhsNumber == null && Text.blankToNull(details.nhsNumber()) != null) {
            nhsNumber = NhsNumber.of(details.nhsNumber()).value();
            changed = true;
        }
        if (postcode == null && Text.blankToNull(details.postcode()) != null) {
            postcode = Postcode.normalise(details.postcode());
            changed = true;
        }
        changed |= phone == null && (phone = Text.blankToNull(details.phone())) != null;
        changed |= email == null && (email = Text.blankToNull(details.email())) != null;
        changed |= sex == null && (sex = details.sex()) != null;
        changed |= gender == null && (gender = Text.blankToNull(details.gender())) != null;
        changed |= ethnicCategory == null && (ethnicCategory = details.ethnicCategory()) != null;
        changed |= preferredContact == null && (preferredContact = details.preferredContact()) != null;
        changed |= communicationNeeds == null && (communicationNeeds = Text.blankToNull(details.communicationNeeds())) != null;
        changed |= interpreterLanguage == null
                && (interpreterLanguage = Text.blankToNull(details.interpreterLanguage())) != null;
        if (changed) {
            updatedAt = now;
        }
    }

    KnownPerson asKnown() {
        return new KnownPerson(summary(), matchGivenName, matchFamilyName);
    }

    PersonSummary summary() {
        return new PersonSummary(new PersonId(id), givenName, familyName, dateOfBirth, nhsNumber, postcode, phone);
    }

    UUID id() {
        return id;
    }

    String nhsNumber() {
        return nhsNumber;
    }

    String matchGivenName() {
        return matchGivenName;
    }

    String matchFamilyName() {
        return matchFamilyName;
    }

    String postcode() {
        return postcode;
    }

}
