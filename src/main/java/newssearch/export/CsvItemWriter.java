package newssearch.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import newssearch.item.NewsItem;

/**
 * Items as RFC 4180 CSV: a header row, CRLF line ends, quotes where a cell needs them, several values joined by
 * {@code "; "}. A cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice
 * against CSV injection): a title such as {@code =HYPERLINK("http://x", "click")} stays text.
 */
final class CsvItemWriter implements ItemWriter {

    static final String JOINER = "; ";
    /** The characters with which spreadsheets start a formula, or that hide one after them. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;
    private final String siteUrl;

    CsvItemWriter(Writer out, String siteUrl) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new IllegalStateException("a printer without a header writes nothing yet", e);
        }
        this.siteUrl = siteUrl;
    }

    @Override
    public void start() throws IOException {
        printer.printRecord(ExportRow.COLUMNS);
    }

    @Override
    public void write(NewsItem item) throws IOException {
        printer.printRecord(
                cell(item.id()),
                cell(item.title()),
                ExportRow.date(item),
                item.date().source().label(),
                joined(item.issuers()),
                joined(item.fieldsOfWork()),
                joined(item.countries()),
                joined(item.people().stream().map(ExportRow::person).toList()),
                cell(ExportRow.link(siteUrl, item)));
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    private static String joined(List<String> values) {
        return cell(String.join(JOINER, values));
    }

    static String cell(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
