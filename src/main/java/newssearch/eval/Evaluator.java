package newssearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import newssearch.item.NewsItem;
import newssearch.item.extract.NewsItemParser;
import newssearch.page.BadPageException;
import newssearch.page.PageReader;

/**
 * Runs the extraction on every page of a folder that has a label ({@code X.txt} beside {@code X.json}) and
 * sums the comparisons into an {@link EvalReport}. Counts are summed over pages before F1 is taken (micro
 * average), so a page with many people weighs more than a page with none.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /** Scores the labelled pages of {@code folder}; a label without its page, or a bad page, is an error. */
    public static EvalReport evaluate(Path folder) throws IOException {
        List<Path> labels = labels(folder);
        if (labels.isEmpty()) {
            throw new IOException("No labels (X.json beside X.txt) in " + folder + ": point eval at a folder of"
                    + " labelled pages, e.g. ../shared/eval/dev");
        }
        Accuracy title = Accuracy.ZERO;
        Accuracy contentType = Accuracy.ZERO;
        Accuracy date = Accuracy.ZERO;
        int undated = 0;
        int undatedGivenADate = 0;
        Map<String, Counts> lists = new LinkedHashMap<>();
        EvalReport.LIST_FIELDS.forEach(field -> lists.put(field, Counts.ZERO));
        int navLeak = 0;
        int quotePages = 0;
        List<Miss> misses = new ArrayList<>();
        for (Path labelFile : labels) {
            Label label = Label.read(labelFile);
            Path pageFile = labelFile.resolveSibling(label.file());
            NewsItem item = parse(pageFile);
            PageComparison page = new PageComparison(label, item);
            title = title.plus(page.titleRight());
            contentType = contentType.plus(page.contentTypeRight());
            if (label.hasDateEvidence()) {
                date = date.plus(page.dateRight());
            } else {
                undated++;
                undatedGivenADate += item.date().date().isPresent() ? 1 : 0;
            }
            lists.merge("issuers", page.issuers(), Counts::plus);
            lists.merge("fields", page.fields(), Counts::plus);
            lists.merge("people", page.people(), Counts::plus);
            lists.merge("roles", page.roles(), Counts::plus);
            lists.merge("places", page.places(), Counts::plus);
            lists.merge("countries", page.countries(), Counts::plus);
            if (label.quotes().isPresent()) {
                quotePages++;
                lists.merge("quotes", page.quotes(), Counts::plus);
            }
            navLeak += NavigationLeak.count(Files.readAllLines(pageFile), label.contentType(), item.body());
            misses.addAll(page.misses());
        }
        return new EvalReport(labels.size(), title, contentType, date, undated, undatedGivenADate, lists, navLeak,
                misses, quotePages);
    }

    private static List<Path> labels(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "is not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** A labelled page the extraction rejects cannot be scored: that is a failure of the set, said as one. */
    private static NewsItem parse(Path pageFile) throws IOException {
        try {
            return NewsItemParser.parse(PageReader.read(pageFile));
        } catch (BadPageException e) {
            throw new IOException(pageFile + " " + e.getMessage(), e);
        }
    }
}
