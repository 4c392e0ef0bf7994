package app.runway.cohort;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The cohort as CSV: one row per assessment. Written for spreadsheets, which are the readers:
 * UTF-8 with a byte order mark (without it Excel reads Chinese as mojibake), RFC 4180 quoting and
 * CRLF line ends, and no cell a spreadsheet would run as a formula - founders type startup names,
 * and "=HYPERLINK(...)" must stay text.
 */
final class CohortCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String LINE_END = "\r\n";
    private static final String LIST_SEPARATOR = "; ";
    /** Spreadsheets start a formula with these (full-width forms included, which some CJK locales accept). */
    private static final String FORMULA_STARTS = "=+-@\t\r\n＝＋－＠";
    static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private CohortCsv() {
    }

    static byte[] write(List<CohortMember> members, List<String> dimensionIds, CohortLabels labels) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(labels.message("cohort.csv.startup"),
                labels.message("cohort.csv.industry"), labels.message("cohort.csv.stage"),
                labels.message("cohort.csv.state"), labels.message("cohort.csv.submittedAt"),
                labels.message("cohort.csv.index"), labels.message("cohort.csv.band")));
        dimensionIds.forEach(id -> header.add(labels.dimension(id)));
        header.add(labels.message("cohort.csv.risks"));
        header.add(labels.message("cohort.csv.pitfalls"));
        line(csv, header);
        for (CohortMember m : members) {
            List<String> row = new ArrayList<>();
            row.add(m.startupName());
            row.add(labels.entry(m.industry()));
            row.add(labels.stage(m.stage()));
            row.add(labels.state(m.state()));
            row.add(m.submittedAt() == null ? null : SUBMITTED_AT.format(m.submittedAt()));
            row.add(m.index() == null ? null : String.valueOf(m.index()));
            row.add(labels.band(m.band()));
            dimensionIds.forEach(id -> {
                Integer score = m.scores().get(id);
                row.add(score == null ? null : String.valueOf(score));
            });
            row.add(String.join(LIST_SEPARATOR, m.risks().stream().map(labels::entry).toList()));
            row.add(String.join(LIST_SEPARATOR, m.pitfalls().stream().map(labels::entry).toList()));
            line(csv, row);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(LINE_END);
    }

    /** A cell made inert, then quoted as RFC 4180 asks: when it holds a comma, a quote or a line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String inert = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (inert.indexOf(',') >= 0 || inert.indexOf('"') >= 0 || inert.indexOf('\r') >= 0
                || inert.indexOf('\n') >= 0) {
            return '"' + inert.replace("\"", "\"\"") + '"';
        }
        return inert;
    }
}
