package org.pathway.activities.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.activities.DeliveryMode;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.directory.DirectoryQueries.ListingRow;

class ResultCardsTests {

    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void everyTextIsEscaped() {
        String html = ResultCards.html(List.of(new ListingRow(ID, "<script>alert('x')</script> Walk", "O'Brien & Co",
                ListingStatus.SUSPENDED, "<b>Venue</b> closed", DeliveryMode.IN_PERSON, "Truro \"north\"",
                Instant.parse("2026-03-01T12:00:00Z"), false, false, null, "<i>Nature</i>")), "/pathway");

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<i>");
        assertThat(html).contains("href=\"/pathway/directory/listings/" + ID + "\">&lt;script&gt;alert(&#39;x&#39;)"
                        + "&lt;/script&gt; Walk</a>")
                .contains("O&#39;Brien &amp; Co, Truro &quot;north&quot;")
                .contains("<p class=\"nhsuk-body-s\">&lt;b&gt;Venue&lt;/b&gt; closed</p>")
                .contains("<span>· &lt;i&gt;Nature&lt;/i&gt;</span>");
    }

    @Test
    void aCardShowsStatusFreshnessDistanceAndLastVerifiedDay() {
        String html = ResultCards.html(List.of(new ListingRow(ID, "Walking group", "Ramblers", ListingStatus.ACTIVE,
                "Reopened", DeliveryMode.IN_PERSON, null, Instant.parse("2026-06-30T23:30:00Z"), true, false, 0.63,
                null)), "");

        assertThat(html).contains("<strong class=\"nhsuk-tag nhsuk-tag--green\">Running</strong>")
                .contains("Needs verifying").doesNotContain("Not verified for over a year")
                .contains("<span>· 0.6 miles away</span>")
                // Late on 30 June in UTC is 1 July in the UK.
                .contains("<span>· Last verified 1 Jul 2026</span>")
                // A running listing's old reason is not shown; nor a locality it does not have.
                .doesNotContain("Reopened").contains("<p class=\"nhsuk-card__description\">Ramblers</p>");
    }

    @Test
    void aListingNotVerifiedForAYearSaysSoInRed() {
        String html = ResultCards.html(List.of(new ListingRow(ID, "Choir", "Arts", ListingStatus.CLOSED, "Ended",
                DeliveryMode.ONLINE, null, Instant.parse("2024-01-01T12:00:00Z"), true, true, null, null)), "");

        assertThat(html).contains("nhsuk-tag--grey\">Closed for good</strong>")
                .contains("<strong class=\"nhsuk-tag nhsuk-tag--red\">Not verified for over a year</strong>")
                .doesNotContain("Needs verifying").contains("<p class=\"nhsuk-body-s\">Ended</p>");
    }
}
