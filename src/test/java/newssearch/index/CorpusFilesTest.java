package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

    @TempDir
    Path corpus;

    @Test
    void filesComeInTheOrderTheirPathsSortAndHiddenOnesAreLeftOut() throws IOException {
        // '-' sorts before '/' and '.' after it, so a folder's files come between its neighbours' names.
        for (String name : List.of("sub-x.txt", "sub/b.txt", "sub/a.txt", "sub.txt", "b.txt", "A.txt",
                "caf\u00e9.txt", "cafe.txt", "z\uFF21.txt", "z\uD83D\uDE00.txt", ".hidden.txt", ".git/config")) {
            Path file;
            try {
                file = corpus.resolve(name);
            } catch (InvalidPathException e) {
                // Under a locale whose encoding is ASCII, only the ASCII names can be files.
                continue;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
        List<Path> expected;
        try (Stream<Path> walk = Files.walk(corpus)) {
            expected = walk.filter(Files::isRegularFile).filter(path -> !corpus.relativize(path).toString()
                    .startsWith(".")).sorted().toList();
        }
        List<SkippedPage> skipped = new ArrayList<>();
        CorpusFiles files = CorpusFiles.list(corpus, skipped);
        List<Path> listed = new ArrayList<>();
        List<String> relative = new ArrayList<>();
        for (int file = 0; file < files.size(); file++) {
            listed.add(files.path(file));
            relative.add(files.relative(file));
        }
        assertEquals(expected, listed);
        assertEquals(expected.stream().map(path -> corpus.relativize(path).toString()).toList(), relative);
        assertEquals(List.of(), skipped);
        assertEquals(List.of("A.txt", "b.txt", "cafe.txt"), relative.subList(0, 3));
        assertEquals(List.of("sub-x.txt", "sub.txt", "sub/a.txt", "sub/b.txt"),
                relative.stream().filter(name -> name.startsWith("sub")).toList());
    }
}
