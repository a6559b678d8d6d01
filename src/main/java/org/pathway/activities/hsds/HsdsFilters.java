package org.pathway.activities.hsds;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The filters of {@code /services} and {@code /service_at_locations} (HSDS 3.0 and the Open Referral UK profile);
 * null does not filter. {@code near} with {@code proximityMetres} keeps listings with a location that close.
 */
record HsdsFilters(String search, UUID taxonomyTermId, UUID taxonomyId, UUID organisationId, Instant modifiedAfter,
        Integer minimumAge, Integer maximumAge, LocalTime startTime, LocalTime endTime, Integer weekday,
        double[] near, Double proximityMetres) {}
