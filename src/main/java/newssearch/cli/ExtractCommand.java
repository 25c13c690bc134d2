package newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import newssearch.item.NewsItem;
import newssearch.item.extract.NewsItemParser;
import newssearch.page.BadPageException;
import newssearch.page.Page;
import newssearch.page.PageReader;

/** {@code newssearch extract}: what the indexer would read from pages, one JSON object per page. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the extraction of each page as JSON Lines: one object per page with file, contentType,",
                "title, date, dateSource, issuedBy, fieldsOfWork, people, places, countries, body and quotes.",
                "A folder stands for the .txt pages under it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was extracted", "1:a path could not be read (see the message)",
                "2:the options were wrong (usage printed)",
                "3:some pages were skipped (listed on standard error with the reason)"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Saved pages, or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int skipped = 0;
        for (Path file : pages(paths)) {
            try {
                Page page = PageReader.read(file);
                NewsItem item = NewsItemParser.parse(page);
                out.println(ItemJson.line(ItemJson.of(page.fileName(), item)));
            } catch (BadPageException e) {
                err.println("skipped " + file + ": " + e.getMessage());
                skipped++;
            } catch (IOException e) {
                err.println("skipped " + file + ": could not be read (" + e.getMessage() + ")");
                skipped++;
            }
        }
        out.flush();
        err.flush();
        return skipped == 0 ? 0 : IndexCommand.EXIT_SKIPPED_PAGES;
    }

    /** The files named, and the .txt files under the folders named, each folder's in name order. */
    static List<Path> pages(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new NoSuchFileException(path.toString());
            }
        }
        return files;
    }
}
