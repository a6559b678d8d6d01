package org.pathway.workforce;

import java.util.List;

/**
 * A command that passed its own checks but conflicts with what is stored (an ODS code already in use, a
 * parent of the wrong kind...). Forms show each problem beside its field.
 */
public class InvalidCommandException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidCommandException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public InvalidCommandException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
