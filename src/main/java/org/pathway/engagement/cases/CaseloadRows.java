package org.pathway.engagement.cases;

import java.util.List;
import org.pathway.platform.TableRows;
import org.pathway.platform.TableRows.Colour;

/** The caseload table's rows (decision 0013): the same cells the template held, written in Java. */
final class CaseloadRows {

    private CaseloadRows() {}

    static String html(List<CaseloadQueries.Row> rows, String contextPath) {
        TableRows out = new TableRows(contextPath);
        for (CaseloadQueries.Row r : rows) {
            out.startRow()
                    .startCell("Person").link("/cases/" + r.caseId(), r.personName()).smallText(r.personDetail())
                    .tagIf(r.granted(), Colour.GREY, "Given to you").tagIf(r.closed(), Colour.GREY, "Closed").endCell()
                    .startCell("Next due").text(r.nextDueText()).tagIf(r.overdue(), Colour.RED, "Overdue")
                    .tagIf(r.reviewDue(), Colour.ORANGE, "Review due").endCell()
                    .startCell("Last contact").text(r.lastContactText()).smallText(r.failedText()).endCell()
                    .startCell("Sessions").text(r.sessionsText()).tagIf(r.nearCap(), Colour.YELLOW, "Near cap").endCell()
                    .startCell("Flags").tagIf(r.safeguarding(), Colour.RED, "Safeguarding")
                    .tagIf(r.urgent(), Colour.ORANGE, "Urgent");
            r.riskFlags().forEach(flag -> out.tag(Colour.YELLOW, flag));
            if (r.noFlags()) {
                out.text("None");
            }
            out.endCell()
                    .startCell("Since referral").text(r.sinceReferralText()).endCell()
                    .endRow();
        }
        return out.toString();
    }
}
