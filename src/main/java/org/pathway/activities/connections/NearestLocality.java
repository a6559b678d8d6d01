package org.pathway.activities.connections;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a person lives, as a directory locality: that of the nearest located listing. */
@Component
class NearestLocality {

    private final JdbcClient jdbc;

    NearestLocality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The locality of the directory's nearest located listing within about 35 miles: where a person at these
     * coordinates lives. Nearest first from the spatial index on locations (decision 0015).
     */
    Optional<String> near(double latitude, double longitude) {
        return jdbc.sql("""
                SELECT l.locality FROM activities.location loc JOIN activities.listing l ON l.id = loc.listing_id
                WHERE l.locality IS NOT NULL
                  AND point(loc.longitude, loc.latitude) <@ box(point(:lon - 0.8, :lat - 0.5), point(:lon + 0.8, :lat + 0.5))
                ORDER BY point(loc.longitude, loc.latitude) <-> point(:lon, :lat)
                LIMIT 1""").param("lat", latitude).param("lon", longitude).query(String.class).optional();
    }
}
