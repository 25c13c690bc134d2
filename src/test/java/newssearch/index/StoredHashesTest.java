package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class StoredHashesTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "0123456789abcdef".repeat(4);

    @Test
    void findsEachItemWithItsHash() {
        StoredHashes hashes = new StoredHashes();
        for (int i = 0; i < 1000; i++) {
            hashes.put("2024-" + i, i % 2 == 0 ? HASH_A : HASH_B);
        }
        assertEquals(1000, hashes.size());
        int position = hashes.position("2024-7");
        assertEquals("2024-7", hashes.id(position));
        assertTrue(hashes.hasDigest(position, HexFormat.of().parseHex(HASH_B)));
        assertFalse(hashes.hasDigest(position, HexFormat.of().parseHex(HASH_A)));
        assertTrue(hashes.contains("2024-999"));
        assertFalse(hashes.contains("2024-1000"));
        assertEquals(-1, hashes.position("2024-1000"));
    }

    @Test
    void aSecondHashForAnIdReplacesTheFirst() {
        StoredHashes hashes = new StoredHashes();
        hashes.put("2024-000_a916", HASH_A);
        hashes.put("2024-000_a916", HASH_B);
        assertEquals(1, hashes.size());
        assertTrue(hashes.hasDigest(0, HexFormat.of().parseHex(HASH_B)));
        assertFalse(hashes.hasDigest(0, HexFormat.of().parseHex(HASH_A)));
    }

    @Test
    void aHashThatIsNoSha256MatchesNoPageAndNoneMeansNew() {
        StoredHashes hashes = new StoredHashes();
        hashes.put("upper", HASH_A.toUpperCase());
        hashes.put("short", "aa");
        hashes.put("none", null);
        byte[] digest = HexFormat.of().parseHex(HASH_A);
        assertFalse(hashes.hasDigest(hashes.position("upper"), digest));
        assertFalse(hashes.hasDigest(hashes.position("short"), new byte[32]));
        assertFalse(hashes.hasDigest(hashes.position("none"), new byte[32]));
        assertTrue(hashes.hasHash(hashes.position("short")));
        assertFalse(hashes.hasHash(hashes.position("none")));
    }

    @Test
    void aDigestAsBytesIsTheSameAsItsHex() {
        StoredHashes hashes = new StoredHashes();
        hashes.putDigest("bytes", HexFormat.of().parseHex(HASH_B));
        hashes.put("hex", HASH_B);
        assertTrue(hashes.hasDigest(hashes.position("bytes"), HexFormat.of().parseHex(HASH_B)));
        assertTrue(hashes.hasDigest(hashes.position("hex"), HexFormat.of().parseHex(HASH_B)));
        assertTrue(hashes.hasHash(hashes.position("bytes")));
    }

    @Test
    void aDigestReplacesAForeignHashOrNoneAndTheOtherWayRound() {
        StoredHashes hashes = new StoredHashes();
        byte[] digest = HexFormat.of().parseHex(HASH_A);
        hashes.put("was-foreign", "aa");
        hashes.putDigest("was-foreign", digest);
        hashes.put("was-none", null);
        hashes.putDigest("was-none", digest);
        hashes.putDigest("now-none", digest);
        hashes.put("now-none", null);
        assertTrue(hashes.hasDigest(hashes.position("was-foreign"), digest));
        assertTrue(hashes.hasDigest(hashes.position("was-none"), digest));
        assertTrue(hashes.hasHash(hashes.position("was-none")));
        assertFalse(hashes.hasDigest(hashes.position("now-none"), digest));
        assertFalse(hashes.hasHash(hashes.position("now-none")));
        assertEquals(3, hashes.size());
    }

    @Test
    void aDigestOfAnotherLengthIsRefused() {
        StoredHashes hashes = new StoredHashes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hashes.putDigest("short", new byte[16]));
        assertEquals("a SHA-256 digest is 32 bytes, got 16", e.getMessage());
        assertEquals(0, hashes.size());
    }
}
