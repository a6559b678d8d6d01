package org.pathway.activities.directory;

import java.util.Optional;
import org.pathway.activities.directory.DirectoryQueries.Point;
import org.pathway.shared.Postcode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a postcode is, for distance searches: its own coordinates from the postcode lookup, or, when a well-formed
 * postcode is missing from the lookup (new, or not loaded), the centre of its sector ("TR1 3"), else of its
 * district ("TR1"): the mean of the postcodes the lookup holds there (decision 0017). Read from an index on the
 * postcodes in byte order (migration V1_6_20), so no centre goes out of date when postcodes are loaded.
 */
@Component
public class PostcodeLookup {

    private final JdbcClient jdbc;

    PostcodeLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where a postcode was placed: {@code centreOf} is null when the postcode itself is in the lookup, otherwise
     * the sector or district whose centre stands for it.
     */
    public record Located(String postcode, Point point, String centreOf) {

        public boolean approximate() {
            return centreOf != null;
        }

        /** What to tell the user when the postcode was placed at a centre; null when it was found itself. */
        public String note() {
            return approximate() ? postcode + " is not in our postcode lookup, so distances are measured from the"
                    + " centre of " + centreOf : null;
        }
    }

    /** The postcode, its sector's centre or its district's centre; empty when none is known or it is malformed. */
    public Optional<Located> locate(String input) {
        if (input == null || !Postcode.isValid(input)) {
            return Optional.empty();
        }
        Postcode postcode = Postcode.of(input);
        String value = postcode.value();
        Optional<Point> exact = jdbc.sql("SELECT latitude, longitude FROM activities.postcode WHERE postcode = ?")
                .param(value).query((rs, n) -> new Point(rs.getDouble(1), rs.getDouble(2))).optional();
        if (exact.isPresent()) {
            return Optional.of(new Located(value, exact.get(), null));
        }
        String sector = value.substring(0, value.length() - 2); // "TR1 3"
        char digit = sector.charAt(sector.length() - 1);
        Optional<Located> inSector = centre(sector, sector.substring(0, sector.length() - 1) + (char) (digit + 1))
                .map(p -> new Located(value, p, sector));
        if (inSector.isPresent()) {
            return inSector;
        }
        String district = postcode.outward();
        // "TR1 " up to "TR1!": every postcode of district TR1 and none of TR10 to TR19 (a space sorts before digits).
        return centre(district + " ", district + "!").map(p -> new Located(value, p, district));
    }

    /** The mean position of the lookup's postcodes from {@code from} (inclusive) to {@code to} in byte order. */
    private Optional<Point> centre(String from, String to) {
        return jdbc.sql("""
                SELECT avg(latitude), avg(longitude) FROM activities.postcode
                WHERE (postcode COLLATE "C") >= :from AND (postcode COLLATE "C") < :to""")
                .param("from", from).param("to", to)
                .query((rs, n) -> rs.getObject(1) == null ? null : new Point(rs.getDouble(1), rs.getDouble(2)))
                .list().stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
