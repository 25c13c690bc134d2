package newssearch.page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a saved page from disk and checks that it is one: UTF-8 text of a sane size with an article after the
 * navigation. Everything else is a {@link BadPageException} with a one-line reason.
 */
public final class PageReader {

    /** Saved pages are 10-40 KB; anything this large is not one and would only cost memory. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private PageReader() {
    }

    /** Reads and splits the page at {@code file}. */
    public static Page read(Path file) throws IOException, BadPageException {
        return parse(file.getFileName().toString(), readBytes(file));
    }

    /** Splits a page given as bytes, as {@link #read} does for a file named {@code fileName}. */
    public static Page parse(String fileName, byte[] bytes) throws BadPageException {
        List<String> lines = nonBlankLines(decode(bytes));
        if (lines.isEmpty()) {
            throw new BadPageException("is empty or only whitespace: save the page again");
        }
        int start = NavigationSplitter.articleStart(lines);
        if (start < 0) {
            throw new BadPageException("has site navigation but no article: save the page again once it has loaded");
        }
        return new Page(fileName, lines.subList(0, start), lines.subList(start, lines.size()));
    }

    /** The file's bytes, refusing a file too large to be a saved page before reading it whole. */
    public static byte[] readBytes(Path file) throws IOException, BadPageException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BadPageException("is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB, too large for a saved news page: check that it is one");
            }
            return bytes;
        }
    }

    private static String decode(byte[] bytes) throws BadPageException {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new BadPageException("is UTF-16 text: save it as UTF-8");
        }
        if (looksBinary(bytes)) {
            throw new BadPageException("is binary, not text (a PDF or an image?): save the page as plain text");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        // The String constructor decodes many times faster than a decoder, but replaces what is not UTF-8 with
        // U+FFFD instead of reporting it: a page with that character is decoded again, strictly.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadPageException("is not valid UTF-8: save it as UTF-8 text");
        }
    }

    /** Text never holds NUL; PDFs, images and archives have it within their first bytes. */
    private static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, 8192);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return startsWith(bytes, '%', 'P', 'D', 'F');
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            // text.substring(start, end).strip(), without the unstripped copy: white space is never a surrogate
            int first = start;
            int last = end;
            while (first < last && Character.isWhitespace(text.charAt(first))) {
                first++;
            }
            while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (first < last) {
                lines.add(text.substring(first, last));
            }
            // "\r\n" ends one line, as "\n" and "\r" do alone.
            start = end + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return lines;
    }
}
