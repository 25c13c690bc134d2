package newssearch.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growing list of Strings for a reindex's million file names and ids, the ASCII ones kept as their bytes end to
 * end: a 23-character id takes 27 bytes instead of the 64 of a String and its array. Any other String is kept as it
 * is. {@link #get} makes a new String each time.
 */
final class PackedStrings {

    private byte[] bytes;
    /** Where each String's bytes end; it starts where the one before ends. */
    private int[] ends;
    private int size;
    private final Map<Integer, String> notAscii = new HashMap<>();

    /** A list that takes {@code expected} Strings of {@code expectedBytes} in all before it grows. */
    PackedStrings(int expected, int expectedBytes) {
        bytes = new byte[Math.max(16, expectedBytes)];
        ends = new int[Math.max(4, expected)];
    }

    /** Adds {@code value} at the end of the list and gives its place. */
    int add(String value) {
        int start = size == 0 ? 0 : ends[size - 1];
        boolean ascii = isAscii(value);
        int end = start + (ascii ? value.length() : 0);
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length + (bytes.length >> 1)));
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
        }
        if (ascii) {
            for (int i = 0; i < value.length(); i++) {
                bytes[start + i] = (byte) value.charAt(i);
            }
        } else {
            notAscii.put(size, value);
        }
        ends[size] = end;
        return size++;
    }

    int size() {
        return size;
    }

    String get(int index) {
        String other = notAscii.isEmpty() ? null : notAscii.get(index);
        return other != null ? other : new String(bytes, start(index), ends[index] - start(index),
                StandardCharsets.US_ASCII);
    }

    /** Whether the String at {@code index} is {@code value}, compared without making it. */
    boolean equalsAt(int index, String value) {
        String other = notAscii.isEmpty() ? null : notAscii.get(index);
        if (other != null) {
            return other.equals(value);
        }
        int start = start(index);
        if (ends[index] - start != value.length()) {
            return false;
        }
        // A byte of an ASCII String is never a char of 0x80 or above.
        for (int i = 0; i < value.length(); i++) {
            if (bytes[start + i] != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
