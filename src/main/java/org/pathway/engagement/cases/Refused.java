package org.pathway.engagement.cases;

/** An input the case's state or the rules do not allow; {@code field} names the input at fault (null: none). */
class Refused extends RuntimeException {

    private final String field;

    private Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    static Refused of(String field, String message) {
        return new Refused(field, message);
    }

    static Refused because(String message) {
        return new Refused(null, message);
    }

    String field() {
        return field;
    }
}
