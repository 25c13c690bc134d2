package newssearch.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One query of a test collection, a line {@code id<TAB>query<TAB>kind} of a topics file.
 *
 * @param kind what sort of query it is (keyword, natural, entity, filtered), for the per-kind table
 */
public record Topic(String id, String query, String kind) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The topics of a file, in its order; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IOException when the file cannot be read or a line is not three tab-separated fields
     */
    public static List<Topic> read(Path file) throws IOException {
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
                throw new IOException(file + " line " + (i + 1) + " is not id<TAB>query<TAB>kind: '" + line + "'");
            }
            if (!ids.add(fields[0].strip())) {
                throw new IOException(file + " line " + (i + 1) + " repeats the topic id " + fields[0].strip());
            }
            topics.add(new Topic(fields[0].strip(), fields[1].strip(), fields[2].strip()));
        }
        if (topics.isEmpty()) {
            throw new IOException(file + " holds no topics: write one id<TAB>query<TAB>kind a line");
        }
        return topics;
    }
}
