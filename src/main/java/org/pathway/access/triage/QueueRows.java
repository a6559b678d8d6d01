package org.pathway.access.triage;

import java.util.List;
import org.pathway.access.triage.Triage.QueueRow;
import org.pathway.platform.TableRows;
import org.pathway.platform.TableRows.Colour;

/** A triage queue's rows (decision 0013): the same cells the template held, written in Java. */
final class QueueRows {

    private QueueRows() {}

    static String html(List<QueueRow> rows, boolean waitingList, String contextPath) {
        TableRows out = new TableRows(contextPath);
        for (QueueRow row : rows) {
            out.startRow();
            if (waitingList) {
                out.startCell("Position").text(String.valueOf(row.position())).endCell();
            }
            out.startCell("Referral").link("/triage/referrals/" + row.id().value(), row.reference()).endCell()
                    .startCell("Person").text(row.personText()).endCell()
                    .startCell("Needs").text(row.needsText()).endCell()
                    .startCell("Urgency and flags").tagIf(row.urgent(), Colour.ORANGE, "Urgent");
            row.flags().forEach(flag -> out.tag(Colour.YELLOW, flag));
            if (row.routine()) {
                out.text("Routine");
            }
            out.endCell()
                    .startCell("Received").text(row.receivedText()).smallText(row.waitingText());
            if (waitingList) {
                out.text(row.waitingListText());
            }
            out.tagIf(row.overdue(), Colour.RED, "Overdue").endCell()
                    .startCell("Criteria").tag(row.meetsCriteria() ? Colour.GREEN : Colour.GREY,
                            row.meetsCriteria() ? "Meets criteria" : "Outside criteria").endCell()
                    .endRow();
        }
        return out.toString();
    }
}
