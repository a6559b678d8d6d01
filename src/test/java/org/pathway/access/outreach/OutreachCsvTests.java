package org.pathway.access.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutreachCsvTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static OutreachCsv.Parsed parse(String csv) {
        return OutreachCsv.parse(new StringReader(csv), TODAY);
    }

    @Test
    void readsGoodRowsAndReportsEveryBadRowByLineNumber() {
        OutreachCsv.Parsed parsed = parse("""
                NHS number,Given name,Family name,Date of birth,Postcode,Phone,Reason
                9434765919,Margaret,Trewin,1948-03-14,TR1 3LJ,01872 000000,Shielding
                9434765918,Peter,Jago,14/03/1950,TR1 3LJ,,
                ,Ann,Rowe,2030-01-01,PL4 8AA,,
                ,"Carne, Jnr",Bill,31/02/1950,NOTAPOSTCODE,,
                ,Jenna,Pascoe,1961-07-01,pl48aa,,Housebound
                """);
        assertThat(parsed.rows()).extracting(OutreachCsv.Row::line).containsExactly(2, 6);
        assertThat(parsed.rows().get(1).person().postcode()).isEqualTo("PL4 8AA");
        assertThat(parsed.problems()).extracting(OutreachCsv.Problem::line).containsExactly(3, 4, 5);
        assertThat(parsed.problems().get(0).message()).contains("check digit does not match");
        assertThat(parsed.problems().get(1).message()).isEqualTo("Date of birth is in the future");
        assertThat(parsed.problems().get(2).message())
                .contains("'31/02/1950' is not a real date").contains("'NOTAPOSTCODE' is not a real postcode");
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderLine() {
        OutreachCsv.Parsed parsed = parse("given_name,family_name,postcode\nA,B,TR1 3LJ\n");
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("missing the column date_of_birth");
        });
    }

    @Test
    void aRowWithTooFewValuesIsReported() {
        OutreachCsv.Parsed parsed = parse("given_name,family_name,date_of_birth,postcode\nA,B\n");
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }
}
