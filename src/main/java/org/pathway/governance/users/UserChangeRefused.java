package org.pathway.governance.users;

import java.util.List;

/** A change to an account that breaks a rule; each problem names the form field it belongs to (or none). */
class UserChangeRefused extends RuntimeException {

    record Problem(String field, String message) {}

    private final List<Problem> problems;

    UserChangeRefused(List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse("refused"));
        this.problems = List.copyOf(problems);
    }

    static UserChangeRefused because(String field, String message) {
        return new UserChangeRefused(List.of(new Problem(field, message)));
    }

    List<Problem> problems() {
        return problems;
    }
}
