package newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import newssearch.eval.Accuracy;
import newssearch.eval.Counts;
import newssearch.eval.EvalReport;
import newssearch.eval.Evaluator;
import newssearch.eval.Miss;

/**
 * {@code newssearch eval}: scores the extraction on a folder of labelled pages. The last line is always the
 * summary, {@code eval: docs=N title=A date=A issuers=F fields=F people=F roles=F places=F countries=F
 * quotes=F navLeak=K}, so that scripts can read it with {@code tail -n 1}, with or without {@code --json}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the extraction on every page in DIR that has a label (X.txt beside X.json) and print,",
                "per field, accuracy (title, content type, date) or precision, recall and F1 (lists), then every",
                "miss. The date is scored on the pages whose label has date evidence; the others are counted apart.",
                "Quotes are scored on the pages whose label has the optional key quotes.",
                "The last line is the summary: eval: docs=N title=A date=A issuers=F fields=F people=F roles=F",
                "places=F countries=F quotes=F navLeak=K"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pages were scored", "1:the folder or a label could not be read (see the message)",
                "2:the options were wrong (usage printed)"})
final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder of labelled pages, e.g. ../shared/eval/dev.")
    Path folder;

    @Option(names = "--json", description = "Print the report as one JSON object on one line (then the summary).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EvalReport report = Evaluator.evaluate(folder);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(MAPPER.writeValueAsString(json(report)));
        } else {
            printTable(report, out);
        }
        out.println(report.summaryLine());
        out.flush();
        return 0;
    }

    private static void printTable(EvalReport report, PrintWriter out) {
        out.printf("%-12s %9s %9s %9s%n", "field", "precision", "recall", "f1");
        out.printf("%-12s %9s %s%n", "title", "accuracy", accuracy(report.title()));
        out.printf("%-12s %9s %s%n", "contentType", "accuracy", accuracy(report.contentType()));
        out.printf("%-12s %9s %s  (pages with date evidence; %d without, %d of them given a date)%n", "date",
                "accuracy", accuracy(report.date()), report.undatedPages(), report.undatedGivenADate());
        for (String field : EvalReport.LIST_FIELDS) {
            Counts counts = report.lists().get(field);
            out.printf("%-12s %9s %9s %9s  (tp=%d fp=%d fn=%d)%s%n", field, EvalReport.decimal(counts.precision()),
                    EvalReport.decimal(counts.recall()), EvalReport.decimal(counts.f1()), counts.truePositives(),
                    counts.falsePositives(), counts.falseNegatives(),
                    field.equals("quotes") ? "  (" + report.quotePages() + " pages with quotes labelled)" : "");
        }
        out.printf("%-12s %9d%n", "navLeak", report.navLeak());
        out.println(report.misses().isEmpty() ? "misses: none" : "misses (expected -> got):");
        for (Miss miss : report.misses()) {
            out.printf("  %s %s: %s -> %s%n", miss.file(), miss.field(), miss.expected(), miss.got());
        }
    }

    private static String accuracy(Accuracy accuracy) {
        return EvalReport.decimal(accuracy.value()) + " (" + accuracy.correct() + "/" + accuracy.total() + ")";
    }

    private static ObjectNode json(EvalReport report) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("docs", report.docs());
        ObjectNode fields = json.putObject("fields");
        accuracy(fields.putObject("title"), report.title());
        accuracy(fields.putObject("contentType"), report.contentType());
        accuracy(fields.putObject("date"), report.date())
                .put("undatedPages", report.undatedPages())
                .put("undatedGivenADate", report.undatedGivenADate());
        for (String field : EvalReport.LIST_FIELDS) {
            Counts counts = report.lists().get(field);
            fields.putObject(field)
                    .put("precision", round(counts.precision()))
                    .put("recall", round(counts.recall()))
                    .put("f1", round(counts.f1()))
                    .put("truePositives", counts.truePositives())
                    .put("falsePositives", counts.falsePositives())
                    .put("falseNegatives", counts.falseNegatives());
        }
        ((ObjectNode) fields.get("quotes")).put("pages", report.quotePages());
        json.put("navLeak", report.navLeak());
        var misses = json.putArray("misses");
        report.misses().forEach(miss -> misses.addObject().put("file", miss.file()).put("field", miss.field())
                .put("expected", miss.expected()).put("got", miss.got()));
        return json;
    }

    private static ObjectNode accuracy(ObjectNode json, Accuracy accuracy) {
        return json.put("accuracy", round(accuracy.value())).put("correct", accuracy.correct())
                .put("total", accuracy.total());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
