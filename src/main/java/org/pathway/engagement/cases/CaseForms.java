package org.pathway.engagement.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pathway.shared.DateParts;

/** The forms of a case's pages, bound as typed so everything is kept when a form is shown again with errors. */
final class CaseForms {

    private CaseForms() {}

    /**
     * A contact with the person, or (when {@code attempt} is "true") an attempt that did not reach them. Its date and
     * the next contact's are typed in the NHS three boxes (day, month, year), kept as typed.
     */
    record ContactForm(
            String occurredDay, String occurredMonth, String occurredYear,
            @NotBlank(message = "Choose how the contact happened") String mode,
            @Pattern(regexp = "\\d{0,4}", message = "Enter the duration as a whole number of minutes") String durationMinutes,
            String kindOfWork,
            String depth,
            @Size(max = 10_000, message = "The note must be 10,000 characters or fewer") String note,
            @Size(max = 2_000, message = "The reason must be 2,000 characters or fewer") String overCapReason,
            String nextDay, String nextMonth, String nextYear,
            String attempt) {

        static ContactForm blank(java.time.LocalDate today, boolean attempt) {
            return new ContactForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                    String.valueOf(today.getYear()), null, null, null, null, null, null, null, null, null,
                    attempt ? "true" : null);
        }

        DateParts.Outcome occurred() {
            return DateParts.read("Date of the contact", occurredDay, occurredMonth, occurredYear);
        }

        DateParts.Outcome next() {
            return DateParts.read("Next contact date", nextDay, nextMonth, nextYear);
        }

        /** Puts the problems with the typed dates beside their boxes (the day box carries the field's id). */
        void checkDates(org.springframework.validation.Errors errors) {
            DateParts.Outcome occurred = occurred();
            if (!occurred.ok()) {
                errors.rejectValue("occurredDay", "date", occurred.message());
            } else if (occurred.date().isEmpty()) {
                errors.rejectValue("occurredDay", "date", "Enter the date of the contact");
            }
            DateParts.Outcome next = next();
            if (!next.ok()) {
                errors.rejectValue("nextDay", "date", next.message());
            }
        }

        public boolean isAttempt() {
            return "true".equals(attempt);
        }
    }

    record NoteForm(
            @NotBlank(message = "Enter the note")
            @Size(max = 10_000, message = "The note must be 10,000 characters or fewer") String body,
            String safeguarding) {

        static NoteForm blank() {
            return new NoteForm(null, null);
        }

        public boolean isSafeguarding() {
            return "true".equals(safeguarding);
        }
    }

    record ResolveForm(
            @NotBlank(message = "Say how the concern was resolved")
            @Size(max = 10_000, message = "The note must be 10,000 characters or fewer") String resolution) {}

    /** A reminder on the case; its due date typed in the NHS three boxes. */
    record TaskForm(
            @NotBlank(message = "Choose what kind of task it is") String kind,
            @Size(max = 200, message = "The description must be 200 characters or fewer") String title,
            String dueDay, String dueMonth, String dueYear) {

        static TaskForm blank() {
            return new TaskForm("NEXT_CONTACT", null, null, null, null);
        }

        DateParts.Outcome due() {
            return DateParts.read("Due date", dueDay, dueMonth, dueYear);
        }

        /** Puts a problem with the typed date beside its boxes (the day box carries the field's id). */
        void checkDate(org.springframework.validation.Errors errors) {
            DateParts.Outcome due = due();
            if (!due.ok()) {
                errors.rejectValue("dueDay", "date", due.message());
            } else if (due.date().isEmpty()) {
                errors.rejectValue("dueDay", "date", "Enter the date it is due");
            }
        }
    }

    record ReallocateForm(
            @NotBlank(message = "Choose the practitioner to give the case to") String practitioner,
            @NotBlank(message = "Give the reason for reallocating the case")
            @Size(max = 2_000, message = "The reason must be 2,000 characters or fewer") String reason) {}

    record GrantForm(
            @NotBlank(message = "Choose the link worker to give the case to") String grantee,
            @NotBlank(message = "Give the reason, for example cover during leave")
            @Size(max = 2_000, message = "The reason must be 2,000 characters or fewer") String grantReason) {}

    record ReopenForm(
            @NotBlank(message = "Give the reason for reopening the case")
            @Size(max = 2_000, message = "The reason must be 2,000 characters or fewer") String reason) {}
}
