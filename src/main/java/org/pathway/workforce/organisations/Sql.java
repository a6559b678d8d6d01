package org.pathway.workforce.organisations;

/** Small helpers for the workforce's SQL read queries; public for the services and practitioners features. */
public final class Sql {

    private Sql() {}

    /** A case-insensitive LIKE pattern matching text anywhere, with LIKE's wildcards in the text escaped. */
    public static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The enum constant stored in a text column, or null for SQL NULL. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
