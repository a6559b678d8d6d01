package org.pathway.access.outreach;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pathway.people.PersonDetails;
import org.pathway.platform.Text;
import org.pathway.shared.NhsNumber;
import org.pathway.shared.Postcode;

/**
 * Reads an outreach list (a shielding or vulnerable-patients list) in CSV. Every bad row is reported with
 * its line number and reason; the good rows are returned for import.
 */
final class OutreachCsv {

    static final List<String> REQUIRED = List.of("given_name", "family_name", "date_of_birth", "postcode");
    static final List<String> OPTIONAL = List.of("nhs_number", "phone", "email", "reason");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    record Row(int line, PersonDetails person, String reason) {}

    record Problem(int line, String message) {}

    record Parsed(List<Row> rows, List<Problem> problems) {
        boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private OutreachCsv() {}

    static Parsed parse(Reader reader, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(1, "The header row is missing the column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + ". Expected: " + String.join(", ", REQUIRED)
                        + " (and optionally " + String.join(", ", OPTIONAL) + ")"));
                return new Parsed(rows, problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                readRow(record, columns, line, today, rows, problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            problems.add(new Problem(-1, "The file is not valid CSV: " + malformed.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    private static void readRow(CSVRecord record, Map<String, String> columns, int line, LocalDate today, List<Row> rows,
            List<Problem> problems) {
        if (!record.isConsistent()) {
            problems.add(new Problem(line, "Has " + record.size() + " values but the header has " + columns.size()));
            return;
        }
        List<String> wrong = new ArrayList<>();
        String given = value(record, columns, "given_name");
        String family = value(record, columns, "family_name");
        if (given.isEmpty()) {
            wrong.add("given name is missing");
        }
        if (family.isEmpty()) {
            wrong.add("family name is missing");
        }
        LocalDate dob = null;
        String dobText = value(record, columns, "date_of_birth");
        if (dobText.isEmpty()) {
            wrong.add("date of birth is missing");
        } else {
            dob = date(dobText);
            if (dob == null) {
                wrong.add("date of birth '" + dobText + "' is not a real date (use YYYY-MM-DD or DD/MM/YYYY)");
            } else if (dob.isAfter(today)) {
                wrong.add("date of birth is in the future");
            } else if (dob.isBefore(today.minusYears(120))) {
                wrong.add("date of birth is more than 120 years ago");
            }
        }
        String nhs = value(record, columns, "nhs_number");
        if (!nhs.isEmpty()) {
            NhsNumber.problemWith(nhs).ifPresent(p -> wrong.add(p.substring(0, 1).toLowerCase(Locale.UK) + p.substring(1)));
        }
        String postcode = value(record, columns, "postcode");
        Postcode.problemWith(postcode).ifPresent(p -> wrong.add("postcode '" + postcode + "' is not a real postcode"));
        if (!wrong.isEmpty()) {
            problems.add(new Problem(line, capitalise(String.join("; ", wrong))));
            return;
        }
        PersonDetails person = new PersonDetails(given, family, dob, nhs.isEmpty() ? null : nhs, null, null, null,
                Postcode.normalise(postcode), Text.blankToNull(value(record, columns, "phone")),
                Text.blankToNull(value(record, columns, "email")), null, null, null);
        rows.add(new Row(line, person, Text.blankToNull(value(record, columns, "reason"))));
    }

    /** Header names as written, keyed by their normal form ("Date of birth" → date_of_birth). */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> columns = new TreeMap<>();
        for (String name : header) {
            if (name != null && !name.isBlank()) {
                columns.put(name.strip().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "_"), name);
            }
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isSet(header)) {
            return "";
        }
        String v = record.get(header);
        return v == null ? "" : v.strip();
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter f : List.of(ISO, UK)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
