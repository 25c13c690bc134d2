package newssearch.export;

import java.io.Writer;
import java.util.Locale;

import newssearch.search.InvalidRequestException;

/** The file formats of an export, named as the {@code format} parameter and the {@code --format} option name them. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8; header=present", "csv"),
    JSONL("application/jsonl; charset=utf-8", "jsonl");

    /** The most rows one export writes; a larger set is a job for the index itself, not a spreadsheet. */
    public static final int MAX_ROWS = 100_000;

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A writer of this format over {@code out}; each row links its item on the page at {@code siteUrl}. */
    public ItemWriter writer(Writer out, String siteUrl) {
        return switch (this) {
            case CSV -> new CsvItemWriter(out, siteUrl);
            case JSONL -> new JsonLinesItemWriter(out, siteUrl);
        };
    }

    public static ExportFormat parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "jsonl" -> JSONL;
            default -> throw new InvalidRequestException("format", "format must be csv or jsonl, got '" + value + "'");
        };
    }
}
