package org.pathway.access.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pathway.access.ReferralSource;
import org.pathway.people.ContactMethod;
import org.pathway.people.PersonDetails;
import org.pathway.people.Sex;
import org.pathway.platform.Refusal.Problem;
import org.pathway.platform.Text;
import org.pathway.shared.EthnicCategory;
import org.pathway.shared.ExclusionFlag;
import org.pathway.shared.Need;
import org.pathway.shared.NhsNumber;
import org.pathway.shared.Postcode;

/**
 * Reads a referral form as typed and says what is wrong with it, one message per field, in the order the form
 * asks its questions (so the error summary reads top to bottom). Messages avoid straight apostrophes: they pass
 * through message formatting on their way to the page.
 */
final class IntakeChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{10,20}$");
    static final int MAX_TEXT = 4000;

    /** What a valid form says, ready for the people and access modules. */
    record Checked(List<Problem> problems, PersonDetails person, UUID practice, ReferralSource source, Set<Need> needs,
            Set<ExclusionFlag> flags, boolean urgent, boolean safeguarding, Boolean ready, UUID service) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final LocalDate today;

    private IntakeChecks(LocalDate today) {
        this.today = today;
    }

    static Checked staff(StaffReferral f, LocalDate today, Set<UUID> practices, Set<UUID> servicesCovering) {
        IntakeChecks c = new IntakeChecks(today);
        String given = c.required(f.givenName(), "givenName", "Enter their given name");
        String family = c.required(f.familyName(), "familyName", "Enter their family name");
        LocalDate dob = c.dateOfBirth(f.dobDay(), f.dobMonth(), f.dobYear());
        String nhs = Text.blankToNull(f.nhsNumber());
        if (nhs != null) {
            NhsNumber.problemWith(nhs).ifPresent(m -> c.problem("nhsNumber", m));
        }
        Sex sex = c.choice(Sex.class, f.sex(), "sex", "Select their sex from the list");
        EthnicCategory ethnic = c.choice(EthnicCategory.class, f.ethnicCategory(), "ethnicCategory",
                "Select their ethnic category from the list");
        String postcode = c.postcode(f.postcode(), false);
        String phone = c.phone(f.phone());
        String email = c.email(f.email());
        ContactMethod contact = c.contact(f.preferredContact(), phone, email, "them");
        UUID practice = c.practice(f.gpPracticeId(), practices, "Select the GP practice they are registered with");
        ReferralSource source = c.choice(ReferralSource.class, f.source(), "source", "Select where the referral comes from");
        if (source == null && Text.blankToNull(f.source()) == null) {
            c.problem("source", "Select where the referral comes from");
        }
        Set<Need> needs = c.needs(f.needs(), "Select at least one thing they need help with");
        c.length(f.context(), "context", "Context");
        Set<ExclusionFlag> flags = EnumSet.noneOf(ExclusionFlag.class);
        for (String flag : f.riskFlags()) {
            try {
                flags.add(ExclusionFlag.valueOf(flag));
            } catch (IllegalArgumentException unknown) {
                c.problem("riskFlags", "Select risks from the list");
            }
        }
        Boolean ready = switch (String.valueOf(f.readyToWorkOnGoals())) {
            case "YES" -> Boolean.TRUE;
            case "NO" -> Boolean.FALSE;
            default -> null;
        };
        if (!f.consentToReferral()) {
            c.problem("consentToReferral", "Confirm that the person agrees to be referred: a referral needs their consent");
        }
        UUID service = null;
        String target = Text.blankToNull(f.serviceId());
        if (target == null) {
            c.problem("serviceId", "Select a service, or let the ICS route it");
        } else if (!StaffReferral.ICS_ROUTES.equals(target)) {
            service = uuid(target);
            if (service == null || (practice != null && !servicesCovering.contains(service))) {
                c.problem("serviceId", "This service does not take people registered at the chosen GP practice: "
                        + "select another service, or let the ICS route it");
            }
        }
        PersonDetails person = new PersonDetails(given, family, dob, nhs, sex, Text.blankToNull(f.gender()), ethnic, postcode,
                phone, email, contact, Text.blankToNull(f.communicationNeeds()), Text.blankToNull(f.interpreterLanguage()));
        List<Problem> ordered = new ArrayList<>(c.problems);
        ordered.sort(java.util.Comparator.comparingInt(p -> STAFF_ORDER.indexOf(p.field())));
        return new Checked(List.copyOf(ordered), person, practice, source, needs, flags, "true".equals(f.urgent()),
                "true".equals(f.safeguardingConcern()), ready, service);
    }

    static Checked self(SelfReferral f, LocalDate today, Set<UUID> practices) {
        IntakeChecks c = new IntakeChecks(today);
        String given = c.required(f.givenName(), "givenName", "Enter your first name");
        String family = c.required(f.familyName(), "familyName", "Enter your last name");
        LocalDate dob = c.dateOfBirth(f.dobDay(), f.dobMonth(), f.dobYear());
        String postcode = c.postcode(f.postcode(), true);
        String phone = c.phone(f.phone());
        String email = c.email(f.email());
        ContactMethod contact = c.contact(f.preferredContact(), phone, email, "you");
        if (phone == null && email == null && !c.has("phone") && !c.has("email")) {
            c.problem("phone", "Enter a phone number or an email address so that we can contact you");
        }
        String interpreterLanguage = c.interpreter(f.interpreter(), f.interpreterLanguage());
        c.length(f.otherCommunicationNeeds(), "otherCommunicationNeeds", "What you tell us about your needs");
        String communicationNeeds = CommunicationNeed.describe(f.communicationNeeds(), f.otherCommunicationNeeds());
        UUID practice = SelfReferral.PRACTICE_NOT_KNOWN.equals(Text.blankToNull(f.gpPracticeId())) ? null
                : c.practice(f.gpPracticeId(), practices,
                        "Select your GP practice, or choose \"I do not know or I am not registered with a GP\"");
        Set<Need> needs = c.needs(f.needs(), "Select at least one thing you would like help with");
        c.length(f.anythingElse(), "anythingElse", "What you tell us");
        if (!f.consentToReferral()) {
            c.problem("consentToReferral", "Tick the box to agree to be referred: we cannot pass on your details without it");
        }
        List<Problem> ordered = new ArrayList<>(c.problems);
        ordered.sort(java.util.Comparator.comparingInt(p -> SELF_ORDER.indexOf(p.field())));
        PersonDetails person = new PersonDetails(given, family, dob, null, null, null, null, postcode, phone, email,
                contact, communicationNeeds, interpreterLanguage);
        return new Checked(List.copyOf(ordered), person, practice, ReferralSource.SELF, needs,
                EnumSet.noneOf(ExclusionFlag.class), false, false, null, null);
    }

    private static final List<String> STAFF_ORDER = List.of("givenName", "familyName", "dobDay", "nhsNumber", "sex",
            "ethnicCategory", "postcode", "phone", "email", "preferredContact", "gpPracticeId", "source", "needs",
            "context", "riskFlags", "consentToReferral", "serviceId");

    private static final List<String> SELF_ORDER = List.of("givenName", "familyName", "dobDay", "postcode", "phone",
            "email", "preferredContact", "interpreter", "interpreterLanguage", "otherCommunicationNeeds",
            "gpPracticeId", "needs", "anythingElse", "consentToReferral");

    private boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    private void problem(String field, String message) {
        if (!has(field)) {
            problems.add(new Problem(field, message));
        }
    }

    private String required(String value, String field, String message) {
        String v = Text.blankToNull(value);
        if (v == null) {
            problem(field, message);
        } else if (v.length() > 100) {
            problem(field, "Name must be 100 characters or fewer");
        }
        return v;
    }

    private void length(String value, String field, String what) {
        if (value != null && value.length() > MAX_TEXT) {
            problem(field, what + " must be 4,000 characters or fewer");
        }
    }

    LocalDate dateOfBirth(String day, String month, String year) {
        String d = Text.blankToNull(day);
        String m = Text.blankToNull(month);
        String y = Text.blankToNull(year);
        if (d == null && m == null && y == null) {
            problem("dobDay", "Enter the date of birth");
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (d == null) {
            missing.add("a day");
        }
        if (m == null) {
            missing.add("a month");
        }
        if (y == null) {
            missing.add("a year");
        }
        if (!missing.isEmpty()) {
            problem("dobDay", "Date of birth must include " + String.join(" and ", missing));
            return null;
        }
        if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
            problem("dobDay", "Date of birth must be a real date, like 15 3 1984");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException notADate) {
            problem("dobDay", "Date of birth must be a real date, like 15 3 1984");
            return null;
        }
        if (date.isAfter(today)) {
            problem("dobDay", "Date of birth must be today or in the past");
            return null;
        }
        if (date.getYear() < 1900) {
            problem("dobDay", "Date of birth must be after 1900");
            return null;
        }
        return date;
    }

    private String postcode(String value, boolean required) {
        String v = Text.blankToNull(value);
        if (v == null) {
            if (required) {
                problem("postcode", "Enter your postcode");
            }
            return null;
        }
        var problem = Postcode.problemWith(v);
        if (problem.isPresent()) {
            problem("postcode", problem.get());
            return null;
        }
        return Postcode.normalise(v);
    }

    private String phone(String value) {
        String v = Text.blankToNull(value);
        if (v != null && (!PHONE.matcher(v).matches() || v.replaceAll("\\D", "").length() < 10)) {
            problem("phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
            return null;
        }
        return v;
    }

    private String email(String value) {
        String v = Text.blankToNull(value);
        if (v != null && (!EMAIL.matcher(v).matches() || v.length() > 254)) {
            problem("email", "Enter an email address in the correct format, like name@example.com");
            return null;
        }
        return v;
    }

    private ContactMethod contact(String value, String phone, String email, String whom) {
        ContactMethod method = choice(ContactMethod.class, value, "preferredContact", "Select a way to contact " + whom);
        if (method == null) {
            return null;
        }
        boolean byPhone = method == ContactMethod.PHONE || method == ContactMethod.TEXT;
        if (byPhone && phone == null && !has("phone")) {
            problem("phone", "Enter a phone number, or choose another way to contact " + whom);
        }
        if (method == ContactMethod.EMAIL && email == null && !has("email")) {
            problem("email", "Enter an email address, or choose another way to contact " + whom);
        }
        return method;
    }

    /** The language to interpret into, when the person says they need an interpreter; null otherwise. */
    private String interpreter(String answer, String language) {
        String choice = Text.blankToNull(answer);
        if (!"YES".equals(choice)) {
            if (choice != null && !"NO".equals(choice)) {
                problem("interpreter", "Select yes if you need an interpreter, or no");
            }
            return null;
        }
        String v = Text.blankToNull(language);
        if (v == null) {
            problem("interpreterLanguage", "Enter the language you need an interpreter for");
        } else if (v.length() > 100) {
            problem("interpreterLanguage", "The language must be 100 characters or fewer");
            return null;
        }
        return v;
    }

    private UUID practice(String value, Set<UUID> practices, String message) {
        UUID id = uuid(Text.blankToNull(value));
        if (id == null || !practices.contains(id)) {
            problem("gpPracticeId", message);
            return null;
        }
        return id;
    }

    private Set<Need> needs(List<String> values, String message) {
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (String value : values) {
            try {
                needs.add(Need.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                // an option that is not on the form: ignored, and caught below if nothing else was chosen
            }
        }
        if (needs.isEmpty()) {
            problem("needs", message);
        }
        return needs;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        String v = Text.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.UK));
        } catch (IllegalArgumentException unknown) {
            problem(field, message);
            return null;
        }
    }

    static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
