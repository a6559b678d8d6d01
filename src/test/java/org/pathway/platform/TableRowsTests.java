package org.pathway.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathway.platform.TableRows.Colour;

class TableRowsTests {

    @Test
    void everyTextAndLinkIsEscaped() {
        String html = new TableRows("/pathway").startRow()
                .startCell("Person").link("/cases/1\"onmouseover=\"x", "<script>alert('x')</script> O'Brien & Co")
                .smallText("aged 70, <b>bold</b>").tag(Colour.RED, "<i>Flag</i>").endCell()
                .endRow().toString();

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<i>")
                .doesNotContain("\"onmouseover");
        assertThat(html).contains("href=\"/pathway/cases/1&quot;onmouseover=&quot;x\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Brien &amp; Co")
                .contains("<strong class=\"nhsuk-tag nhsuk-tag--red\">&lt;i&gt;Flag&lt;/i&gt;</strong>");
    }

    @Test
    void cellsCarryTheirHeadingForNarrowScreensAndMissingTextIsLeftOut() {
        String html = new TableRows("").startRow().startCell("Last contact").text("None yet").smallText(null)
                .tagIf(false, Colour.GREY, "Closed").endCell().endRow().toString();

        assertThat(html).isEqualTo("<tr class=\"nhsuk-table__row\" role=\"row\"><td class=\"nhsuk-table__cell\" "
                + "role=\"cell\"><span class=\"nhsuk-table__heading\" aria-hidden=\"true\">Last contact </span>"
                + "<span>None yet</span> </td></tr>\n");
    }
}
