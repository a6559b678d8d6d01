package org.pathway.workforce.overview;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One group's figures. Shares whose group has fewer than {@link #SMALL_NUMBER} people, and pulse means with fewer
 * than that many answers, are suppressed (null), so no one's answers can be worked out.
 */
record GroupFigures(String label, int practitioners, BigDecimal fte, int laptop, int mobile, int video,
        int remoteRecord, int ready, int trainingComplete, int supervisionUpToDate, int pulseAnswers,
        Double meanWellbeing, Double meanWorkload, boolean withheld) {

    static final int SMALL_NUMBER = 5;

    /** Too few people, or withheld so that a small group cannot be worked out from the total and the rest. */
    public boolean suppressed() {
        return practitioners < SMALL_NUMBER || withheld;
    }

    GroupFigures withholding() {
        return new GroupFigures(label, practitioners, fte, laptop, mobile, video, remoteRecord, ready, trainingComplete,
                supervisionUpToDate, pulseAnswers, meanWellbeing, meanWorkload, true);
    }

    /** The share of the group, as a whole percentage; null when suppressed. */
    public Integer percent(int count) {
        return suppressed() ? null : (int) Math.round(100.0 * count / practitioners);
    }

    public String percentText(int count) {
        Integer percent = percent(count);
        return percent == null ? (withheld ? "Withheld" : "Fewer than " + SMALL_NUMBER + " people") : percent + "%";
    }

    public String practitionersText() {
        return practitioners < SMALL_NUMBER ? "Fewer than " + SMALL_NUMBER
                : withheld ? "Withheld" : String.valueOf(practitioners);
    }

    public boolean pulseSuppressed() {
        return pulseAnswers < SMALL_NUMBER || withheld;
    }

    public String meanText(Double mean) {
        return withheld ? "Withheld" : pulseSuppressed() || mean == null ? "Fewer than " + SMALL_NUMBER + " answers"
                : String.format(Locale.UK, "%.1f", mean);
    }
}
