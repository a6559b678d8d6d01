package org.pathway.activities.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pathway.governance.AuditLog;
import org.pathway.shared.Postcode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads postcode coordinates from a CSV file in the ONS Postcode Directory's layout: columns found by header
 * name ({@code pcds}, {@code lat}, {@code long}; others ignored). Good rows are upserted in batches; each bad
 * row is reported by its line number. The ONS marks postcodes without a grid reference with latitude
 * 99.999999: those are reported too.
 */
@Service
class PostcodeImport {

    static final int BATCH = 1000;
    static final int MAX_REPORTED = 500;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    PostcodeImport(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record BadRow(long line, String reason) {}

    record Report(long rowsRead, long loaded, long rejected, List<BadRow> badRows, String failure) {}

    @Transactional
    Report load(Reader csv, String fileName) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<BadRow> bad = new ArrayList<>();
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String pcds = column(header, "pcds");
            String lat = column(header, "lat");
            String lon = column(header, "long");
            if (pcds == null || lat == null || lon == null) {
                return new Report(0, 0, 0, List.of(), "The file needs the ONS Postcode Directory columns pcds, lat and "
                        + "long in its header row; found: " + String.join(", ", header.keySet()));
            }
            List<Object[]> batch = new ArrayList<>();
            for (CSVRecord row : parser) {
                read++;
                long line = row.getParser().getCurrentLineNumber();
                String problem = null;
                String postcode = row.isSet(pcds) ? row.get(pcds) : "";
                Double latitude = null;
                Double longitude = null;
                if (!row.isConsistent()) {
                    problem = "has " + row.size() + " columns, the header has " + header.size();
                } else if (!Postcode.isValid(postcode)) {
                    problem = "postcode '" + postcode + "' is not a UK postcode";
                } else {
                    try {
                        latitude = Double.parseDouble(row.get(lat));
                        longitude = Double.parseDouble(row.get(lon));
                        if (latitude > 90 || latitude < -90 || longitude > 180 || longitude < -180) {
                            problem = "postcode " + Postcode.normalise(postcode) + " has no grid reference (lat "
                                    + row.get(lat) + ")";
                        }
                    } catch (NumberFormatException e) {
                        problem = "lat '" + row.get(lat) + "' or long '" + row.get(lon) + "' is not a number";
                    }
                }
                if (problem != null) {
                    rejected++;
                    if (bad.size() < MAX_REPORTED) {
                        bad.add(new BadRow(line, problem));
                    }
                    continue;
                }
                batch.add(new Object[] {Postcode.normalise(postcode), latitude, longitude});
                if (batch.size() == BATCH) {
                    loaded += flush(batch);
                }
            }
            loaded += flush(batch);
        }
        audit.changed("postcode-lookup", fileName == null ? "upload" : fileName, "loaded " + loaded + " postcodes, rejected " + rejected);
        return new Report(read, loaded, rejected, bad, null);
    }

    /** How many postcodes the lookup holds. */
    long held() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM activities.postcode", Long.class);
        return n == null ? 0 : n;
    }

    private long flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("""
                INSERT INTO activities.postcode (postcode, latitude, longitude) VALUES (?, ?, ?)
                ON CONFLICT (postcode) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude""", batch);
        int n = batch.size();
        batch.clear();
        return n;
    }

    private static String column(Map<String, Integer> header, String name) {
        return header.keySet().stream().filter(h -> h.strip().toLowerCase(Locale.ROOT).equals(name)).findFirst().orElse(null);
    }
}
