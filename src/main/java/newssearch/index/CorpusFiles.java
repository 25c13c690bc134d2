package newssearch.index;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regular files under a corpus folder in a stable order (as their paths sort), hidden files and folders left
 * out. A file is kept as its path relative to the folder, in {@link PackedStrings}: about 30 bytes where a Path
 * took about 270 with its bytes, offsets and string. Only a name that is not plain ASCII, or that would not resolve
 * to the same file again, keeps its Path, so every file is read and sorted as before.
 */
final class CorpusFiles {

    private final Path corpus;
    /** Each file's path relative to the corpus; an empty one for a file kept as its Path. */
    private final PackedStrings names;
    private final Map<Integer, Path> paths = new HashMap<>();

    private CorpusFiles(Path corpus, Object[] files) {
        this.corpus = corpus;
        int bytes = 0;
        for (Object file : files) {
            bytes += file instanceof String name ? name.length() : 0;
        }
        names = new PackedStrings(files.length, bytes);
        for (Object file : files) {
            if (file instanceof Path path) {
                paths.put(names.add(""), path);
            } else {
                names.add((String) file);
            }
        }
    }

    /** Walks {@code corpus}, adding to {@code skipped} the links that point nowhere and what cannot be opened. */
    static CorpusFiles list(Path corpus, List<SkippedPage> skipped) throws IOException {
        Object[] files = walk(corpus, skipped);
        Arrays.sort(files, (a, b) -> compare(corpus, a, b));
        return new CorpusFiles(corpus, files);
    }

    /** Each regular file as a String relative to {@code corpus}, or as its Path. */
    private static Object[] walk(Path corpus, List<SkippedPage> skipped) throws IOException {
        List<Object> files = new ArrayList<>();
        Files.walkFileTree(corpus, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(corpus) && isHidden(dir)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isHidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            files.add(compact(corpus, file));
                        } else if (attrs.isSymbolicLink()) {
                            // Following links, a link is only reported as one when its target is missing.
                            Indexer.skip(skipped, relative(corpus, file),
                                    "is a link to a file that does not exist: restore the file or remove the link");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String reason = e instanceof FileSystemLoopException
                                ? "is a link back to a folder above it (a loop): skipped; remove the link"
                                : "cannot be opened (" + e.getClass().getSimpleName() + "): check its permissions";
                        Indexer.skip(skipped, relative(corpus, file), reason);
                        return FileVisitResult.CONTINUE;
                    }
                });
        return files.toArray();
    }

    /**
     * The file as a relative String when that is plain ASCII and resolves to the same path, on a file system whose
     * paths sort by their bytes ('/' separated, as on Unix): then Strings sort as the paths do. Elsewhere (Windows
     * sorts paths without regard to case) every file keeps its Path.
     */
    private static Object compact(Path corpus, Path file) {
        String name = corpus.relativize(file).toString();
        boolean byteOrder = corpus.getFileSystem().getSeparator().equals("/");
        return byteOrder && name.chars().allMatch(c -> c < 0x80) && corpus.resolve(name).equals(file) ? name : file;
    }

    /** As {@code Path}s sort: two names kept as Strings only where that is by their bytes. */
    private static int compare(Path corpus, Object a, Object b) {
        return a instanceof String nameA && b instanceof String nameB
                ? nameA.compareTo(nameB) : path(corpus, a).compareTo(path(corpus, b));
    }

    private static Path path(Path corpus, Object file) {
        return file instanceof String name ? corpus.resolve(name) : (Path) file;
    }

    int size() {
        return names.size();
    }

    /** The file to read. */
    Path path(int file) {
        Path path = paths.isEmpty() ? null : paths.get(file);
        return path != null ? path : corpus.resolve(names.get(file));
    }

    /** The file's path relative to the corpus with '/' between folders, as reports and ids use it. */
    String relative(int file) {
        Path path = paths.isEmpty() ? null : paths.get(file);
        return path != null ? relative(corpus, path) : names.get(file).replace('\\', '/');
    }

    private static String relative(Path corpus, Path file) {
        return corpus.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
