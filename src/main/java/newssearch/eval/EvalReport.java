package newssearch.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The extraction's scores on a folder of labelled pages.
 *
 * @param docs           how many labelled pages were scored
 * @param title          exact title accuracy
 * @param contentType    exact content-type accuracy
 * @param date           date accuracy over the pages that state their date (evidence other than none)
 * @param undatedPages   pages whose label says they do not state their date: scored apart
 * @param undatedGivenADate how many of those the extraction still gave a date (an event's date, say)
 * @param lists          precision, recall and F1 counts per list field, in {@link #LIST_FIELDS} order
 * @param navLeak        body paragraphs that are lines of the page's navigation
 * @param misses         every value got wrong, page by page
 * @param quotePages     the pages whose label lists quotations: only those score "quotes"
 */
public record EvalReport(int docs, Accuracy title, Accuracy contentType, Accuracy date, int undatedPages,
                         int undatedGivenADate, Map<String, Counts> lists, int navLeak, List<Miss> misses,
                         int quotePages) {

    /**
     * The list fields, in the order of the summary line; "roles" scores a person's name and role together,
     * "quotes" a quotation's speaker and first words together.
     */
    public static final List<String> LIST_FIELDS =
            List.of("issuers", "fields", "people", "roles", "places", "countries", "quotes");

    public EvalReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(date, "date");
        lists = Map.copyOf(lists);
        misses = List.copyOf(misses);
        if (!lists.keySet().containsAll(LIST_FIELDS)) {
            throw new IllegalArgumentException("a report needs counts for " + LIST_FIELDS);
        }
    }

    /** The last line of {@code eval}: {@code eval: docs=N title=A date=A issuers=F ... quotes=F navLeak=K}. */
    public String summaryLine() {
        StringBuilder line = new StringBuilder("eval: docs=").append(docs)
                .append(" title=").append(decimal(title.value()))
                .append(" date=").append(decimal(date.value()));
        for (String field : LIST_FIELDS) {
            line.append(' ').append(field).append('=').append(decimal(lists.get(field).f1()));
        }
        return line.append(" navLeak=").append(navLeak).toString();
    }

    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
