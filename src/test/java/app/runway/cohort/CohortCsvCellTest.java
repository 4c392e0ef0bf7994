package app.runway.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet reads as text, quoted as RFC 4180 asks. */
class CohortCsvCellTest {

    @Test
    void leavesPlainTextAndNumbersAlone() {
        assertThat(CohortCsv.cell("Deep Lab")).isEqualTo("Deep Lab");
        assertThat(CohortCsv.cell("72")).isEqualTo("72");
        assertThat(CohortCsv.cell("深度实验室")).isEqualTo("深度实验室");
    }

    @Test
    void writesNothingForAMissingValue() {
        assertThat(CohortCsv.cell(null)).isEmpty();
        assertThat(CohortCsv.cell("")).isEmpty();
    }

    @Test
    void defusesEveryCellThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CohortCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CohortCsv.cell("+1 Labs")).isEqualTo("'+1 Labs");
        assertThat(CohortCsv.cell("-2")).isEqualTo("'-2");
        assertThat(CohortCsv.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CohortCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CohortCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CohortCsv.cell("＝1")).isEqualTo("'＝1");
    }

    @Test
    void aDefusedFormulaWithQuotesAndCommasIsQuotedToo() {
        assertThat(CohortCsv.cell("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(CohortCsv.cell("Comma, Inc.")).isEqualTo("\"Comma, Inc.\"");
        assertThat(CohortCsv.cell("The \"Q\" Co")).isEqualTo("\"The \"\"Q\"\" Co\"");
        assertThat(CohortCsv.cell("Line\nBreak")).isEqualTo("\"Line\nBreak\"");
        assertThat(CohortCsv.cell("Line\r\nBreak")).isEqualTo("\"Line\r\nBreak\"");
    }

    @Test
    void aFormulaCharacterInsideTheCellIsHarmless() {
        assertThat(CohortCsv.cell("AI=Future")).isEqualTo("AI=Future");
        assertThat(CohortCsv.cell("Mail @ Lab")).isEqualTo("Mail @ Lab");
    }
}
