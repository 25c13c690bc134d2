package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PositionTableTest {

    @Test
    void findsEachKeyAfterGrowingFarPastItsFirstSize() {
        List<String> keys = new ArrayList<>();
        PositionTable table = new PositionTable(2);
        for (int i = 0; i < 10_000; i++) {
            String key = "2024-" + i;
            int position = keys.size();
            assertEquals(-1, table.putIfAbsent(key.hashCode(), position, stored -> keys.get(stored).equals(key)));
            keys.add(key);
        }
        for (int i = 0; i < 10_000; i++) {
            String key = "2024-" + i;
            assertEquals(i, table.find(key.hashCode(), position -> keys.get(position).equals(key)));
        }
        assertEquals(-1, table.find("2024-10000".hashCode(), position -> keys.get(position).equals("2024-10000")));
    }

    @Test
    void aKeyAlreadyThereGivesTheFirstPositionBack() {
        PositionTable table = new PositionTable(4);
        assertEquals(-1, table.putIfAbsent(7, 0, position -> true));
        assertEquals(0, table.putIfAbsent(7, 1, position -> true));
    }

    @Test
    void keysWithTheSameHashCodeStayApart() {
        // "Aa" and "BB" share a hash code, as any two keys may.
        List<String> keys = List.of("Aa", "BB");
        PositionTable table = new PositionTable(4);
        assertEquals(-1, table.putIfAbsent("Aa".hashCode(), 0, position -> keys.get(position).equals("Aa")));
        assertEquals(-1, table.putIfAbsent("BB".hashCode(), 1, position -> keys.get(position).equals("BB")));
        assertEquals(1, table.find("BB".hashCode(), position -> keys.get(position).equals("BB")));
        assertEquals(0, table.find("Aa".hashCode(), position -> keys.get(position).equals("Aa")));
    }
}
