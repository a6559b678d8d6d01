package org.pathway.platform;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the rows of a long, hot list table (a triage queue, a caseload) in Java, for a template to insert whole
 * with {@code th:utext} (decision 0013). The markup is the NHS.UK responsive table's, the same a template would
 * give. Safe by construction: every text and attribute value passes through HTML escaping; only the fixed tag and
 * class names written here are not escaped. Pages with few rows keep their rows in the template.
 */
public final class TableRows {

    private final StringBuilder html = new StringBuilder(8192);
    private final String contextPath;

    /** @param contextPath the application's context path ("" at the root), prefixed to every link */
    public TableRows(String contextPath) {
        this.contextPath = contextPath == null ? "" : contextPath;
    }

    public TableRows startRow() {
        html.append("<tr class=\"nhsuk-table__row\" role=\"row\">");
        return this;
    }

    public TableRows endRow() {
        html.append("</tr>\n");
        return this;
    }

    /** Opens a cell with its heading, which the responsive table shows on narrow screens. */
    public TableRows startCell(String heading) {
        html.append("<td class=\"nhsuk-table__cell\" role=\"cell\"><span class=\"nhsuk-table__heading\" "
                + "aria-hidden=\"true\">").append(escape(heading)).append(" </span>");
        return this;
    }

    public TableRows endCell() {
        html.append("</td>");
        return this;
    }

    /** A link within the application: {@code path} is the part after the context path, e.g. "/cases/123". */
    public TableRows link(String path, String text) {
        html.append("<a href=\"").append(escape(contextPath + path)).append("\">").append(escape(text)).append("</a> ");
        return this;
    }

    public TableRows text(String text) {
        if (text != null) {
            html.append("<span>").append(escape(text)).append("</span> ");
        }
        return this;
    }

    /** Smaller secondary text. */
    public TableRows smallText(String text) {
        if (text != null) {
            html.append("<span class=\"nhsuk-body-s\">").append(escape(text)).append("</span> ");
        }
        return this;
    }

    /** An NHS.UK tag in one of its colours. */
    public TableRows tag(Colour colour, String text) {
        html.append("<strong class=\"nhsuk-tag nhsuk-tag--").append(colour.css).append("\">").append(escape(text))
                .append("</strong> ");
        return this;
    }

    public TableRows tagIf(boolean shown, Colour colour, String text) {
        return shown ? tag(colour, text) : this;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The NHS.UK tag colours used in lists. */
    public enum Colour {
        RED("red"), ORANGE("orange"), YELLOW("yellow"), GREEN("green"), GREY("grey");

        private final String css;

        Colour(String css) {
            this.css = css;
        }
    }
}
