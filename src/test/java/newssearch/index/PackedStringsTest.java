package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PackedStringsTest {

    @Test
    void givesBackEachStringAfterGrowingFarPastItsFirstSize() {
        PackedStrings packed = new PackedStrings(1, 1);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String value = i % 1000 == 7 ? "caf\u00e9-" + i : i % 1000 == 9 ? "" : "2024-" + i + "_a916";
            assertEquals(i, packed.add(value));
            added.add(value);
        }
        assertEquals(5000, packed.size());
        for (int i = 0; i < 5000; i++) {
            assertEquals(added.get(i), packed.get(i));
            assertTrue(packed.equalsAt(i, added.get(i)));
        }
    }

    @Test
    void comparesWithoutMistakingOneStringForAnother() {
        PackedStrings packed = new PackedStrings(4, 16);
        packed.add("2024-000_a916");
        packed.add("caf\u00e9");
        packed.add("");
        assertFalse(packed.equalsAt(0, "2024-000_a917"));
        assertFalse(packed.equalsAt(0, "2024-000_a91"));
        assertFalse(packed.equalsAt(1, "cafe"));
        assertTrue(packed.equalsAt(1, "caf\u00e9"));
        assertFalse(packed.equalsAt(2, "\u00e9"));
        assertTrue(packed.equalsAt(2, ""));
    }
}
