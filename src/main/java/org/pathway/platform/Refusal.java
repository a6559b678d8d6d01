package org.pathway.platform;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one way every module says no to something a person asked for: a command that cannot be carried out as it
 * stands (an ODS code already in use, a referral no longer waiting, a date before the case opened). Each problem is
 * in words the person can act on; a problem with a field is shown beside that field and in the error summary, one
 * without a field in the error summary only ({@code platform.web.Forms#reject}).
 *
 * <p>Programming errors are not refusals: they stay {@link IllegalStateException} or {@link IllegalArgumentException}
 * and end as a 500 page.
 */
public class Refusal extends RuntimeException {

    /**
     * Something wrong with the command, in the person's words.
     *
     * @param field   the command field it is about, as the form names it, or null when it is about the whole form
     * @param message what is wrong and what to do, e.g. "Enter a date after the case was opened"
     */
    public record Problem(String field, String message) {

        public Problem {
            Objects.requireNonNull(message, "message");
        }

        /** Whether the problem is about the whole form rather than one field. */
        public boolean global() {
            return field == null;
        }
    }

    private final transient List<Problem> problems;

    public Refusal(List<Problem> problems) {
        super(problems.stream().map(p -> (p.global() ? "" : p.field() + ": ") + p.message())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A problem with one field of the form. */
    public static Refusal of(String field, String message) {
        return new Refusal(List.of(new Problem(field, message)));
    }

    /** A problem with the request as a whole (the referral has already been triaged...). */
    public static Refusal because(String message) {
        return new Refusal(List.of(new Problem(null, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's words: for pages that show one message without a form. */
    public String firstMessage() {
        return problems.get(0).message();
    }
}
