package org.pathway.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * How many open cases a practitioner holds at most (decision 0019), the one rule every page uses: their FTE times
 * the caseload cap per full-time practitioner of the services they deliver, rounded down to whole cases. A
 * practitioner delivering several services holds one caseload, so the strictest (lowest) cap per FTE among those
 * services applies. A practitioner who delivers no service has no cap.
 */
public final class CaseloadCap {

    private CaseloadCap() {}

    /** The cap, or null when there is no service (no cap per FTE) to take it from. */
    public static Integer of(BigDecimal fte, Collection<Integer> capsPerFte) {
        Integer lowest = capsPerFte.stream().filter(Objects::nonNull).min(Integer::compare).orElse(null);
        if (lowest == null || fte == null) {
            return null;
        }
        return fte.multiply(BigDecimal.valueOf(lowest)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /** Whether one more case would take an open caseload past the cap (a missing cap never does). */
    public static boolean oneMoreWouldPass(long openCases, Integer cap) {
        return cap != null && openCases + 1 > cap;
    }

    /** Whether an open caseload is already past the cap. */
    public static boolean over(long openCases, Integer cap) {
        return cap != null && openCases > cap;
    }
}
