package newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NavigationLeakTest {

    private static final List<String> PAGE = List.of("-", "Participating States", "- Albania",
            "- Networks and research", "News Item", "Title", "Lead");

    @Test
    void bodyParagraphThatIsAMenuLineIsALeak() {
        assertEquals(2, NavigationLeak.count(PAGE, "News Item", List.of("- Albania", "Networks and research", "Text")));
    }

    @Test
    void articleTextIsNoLeak() {
        assertEquals(0, NavigationLeak.count(PAGE, "News Item", List.of("Title", "Albania signed the plan.")));
    }
}
