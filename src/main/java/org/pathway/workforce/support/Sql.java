package org.pathway.workforce.support;

/** Small helpers for the module's SQL read queries. */
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
