package org.pathway.activities.directory;

import java.util.List;
import java.util.Locale;
import org.pathway.activities.ListingStatus;
import org.pathway.activities.directory.DirectoryQueries.ListingRow;
import org.pathway.platform.UkDates;
import org.springframework.web.util.HtmlUtils;

/**
 * The directory search's result cards (decision 0013): the NHS.UK clickable cards the template held, written in
 * Java for a page that is searched all day. Every text and link passes through HTML escaping; only the fixed tags
 * and classes written here are not escaped.
 */
final class ResultCards {

    private ResultCards() {}

    static String html(List<ListingRow> rows, String contextPath) {
        StringBuilder html = new StringBuilder(1024 * Math.max(1, rows.size()));
        for (ListingRow row : rows) {
            html.append("<li class=\"nhsuk-card nhsuk-card--clickable\"><div class=\"nhsuk-card__content\">")
                    .append("<h3 class=\"nhsuk-card__heading nhsuk-heading-m\"><a class=\"nhsuk-card__link\" href=\"")
                    .append(escape((contextPath == null ? "" : contextPath) + "/directory/listings/" + row.id()))
                    .append("\">").append(escape(row.name())).append("</a></h3>")
                    .append("<p class=\"nhsuk-card__description\">").append(escape(row.organisation()
                            + (row.locality() != null ? ", " + row.locality() : ""))).append("</p>")
                    .append("<p class=\"nhsuk-body-s\"><strong class=\"nhsuk-tag nhsuk-tag--").append(colour(row))
                    .append("\">").append(escape(row.status().label())).append("</strong> ");
            if (row.stale() && !row.withheld()) {
                html.append("<strong class=\"nhsuk-tag nhsuk-tag--yellow\">Needs verifying</strong> ");
            }
            if (row.withheld()) {
                html.append("<strong class=\"nhsuk-tag nhsuk-tag--red\">Not verified for over a year</strong> ");
            }
            span(html, row.mode().label());
            if (row.distanceMiles() != null) {
                span(html, String.format(Locale.UK, "· %.1f miles away", row.distanceMiles()));
            }
            if (row.categories() != null) {
                span(html, "· " + row.categories());
            }
            span(html, "· Last verified " + UkDates.day(row.lastVerifiedAt()));
            html.append("</p>");
            if (row.statusReason() != null && row.status() != ListingStatus.ACTIVE) {
                html.append("<p class=\"nhsuk-body-s\">").append(escape(row.statusReason())).append("</p>");
            }
            html.append("</div></li>\n");
        }
        return html.toString();
    }

    private static String colour(ListingRow row) {
        return switch (row.status()) {
            case ACTIVE -> "green";
            case ONLINE_ONLY -> "blue";
            case SUSPENDED -> "orange";
            default -> "grey";
        };
    }

    private static void span(StringBuilder html, String text) {
        html.append("<span>").append(escape(text)).append("</span> ");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
