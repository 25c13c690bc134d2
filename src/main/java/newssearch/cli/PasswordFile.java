package newssearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file that holds a password: alone on its first line, or on a line {@code NAME=PASSWORD} among others, as
 * {@code tools/solr-cluster --auth} writes its users' passwords. The password never appears in a message.
 */
final class PasswordFile {

    private PasswordFile() {
    }

    /** The password of {@code user} in {@code file}. */
    static String read(Path file, String user) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.startsWith(user + "=")) {
                return line.substring(user.length() + 1).strip();
            }
        }
        if (lines.size() > 1) {
            throw new IOException("--solr-password-file " + file + " has no line " + user + "=PASSWORD: check the "
                    + "user's name, or put its password alone in a file");
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IOException("--solr-password-file " + file + " is empty: put the password of " + user
                    + " on its first line");
        }
        return lines.get(0).strip();
    }
}
