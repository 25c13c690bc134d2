package newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

    @TempDir
    Path folder;

    @Test
    void aPasswordAloneIsTheFirstLineWithoutItsNewline() throws IOException {
        Path file = Files.writeString(folder.resolve("password"), "s3cret=x\n");
        assertEquals("s3cret=x", PasswordFile.read(file, "reader"));
    }

    @Test
    void theUsersLineIsTakenFromTheLocalClustersFile() throws IOException {
        Path file = Files.writeString(folder.resolve("credentials"), "admin=first\nreader=second\n");
        assertEquals("second", PasswordFile.read(file, "reader"));
        assertEquals("first", PasswordFile.read(file, "admin"));
    }

    @Test
    void aFileWithoutTheUserSaysSoWithoutShowingAPassword() throws IOException {
        Path file = Files.writeString(folder.resolve("credentials"), "admin=first\nreader=second\n");
        IOException e = assertThrows(IOException.class, () -> PasswordFile.read(file, "editor"));
        assertEquals("--solr-password-file " + file + " has no line editor=PASSWORD: check the user's name, or put"
                + " its password alone in a file", e.getMessage());
        assertFalse(e.getMessage().contains("first") || e.getMessage().contains("second"));
    }

    @Test
    void anEmptyFileIsNamed() throws IOException {
        Path file = Files.writeString(folder.resolve("empty"), "");
        IOException e = assertThrows(IOException.class, () -> PasswordFile.read(file, "reader"));
        assertEquals("--solr-password-file " + file + " is empty: put the password of reader on its first line",
                e.getMessage());
    }
}
